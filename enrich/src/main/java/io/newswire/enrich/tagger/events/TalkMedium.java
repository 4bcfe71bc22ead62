package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.Trigger;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Whether a talk was a call: the one reading behind a call verb ("called Xi on Tuesday", not "called Putin a war
 * criminal"), a talk verb of a readout ("spoke with") and a conversation ("s'est entretenu avec") that names no place.
 * A talk is in person where its sentence puts the sides together; one that names no medium and no place is a call only
 * where the dispatch speaks of one.
 */
final class TalkMedium {

    private TalkMedium() {
    }

    /**
     * Whether the sentence puts the talk's sides together: words ("en personne", "dans les coulisses"), an occasion ("en
     * marge de l'Assemblée générale"), a place of the talk (not a place talked about; for a noun, also a place the
     * knowledge base does not know), a meeting told before that one side attended away from home ("a rencontré à Rome Vance ... s'est aussi entretenu avec le pape"), or the dispatch's dateline or a trip it tells ({@link Whereabouts}).
     */
    static boolean inPerson(SentenceReading s, Frame f, Collection<Ref> sides) {
        CueIndex cues = s.cues();
        if (cues.has(CueKind.OCCASION) || cues.first(CueKind.IN_PERSON) != null) return true;
        // "spoke today about the need for peace in Ukraine": what follows a topic right after the verb is talked about
        CueIndex.At topic = topicAfter(cues, f.trigger());
        for (Ref v : f.venues()) {
            // "félicité pour sa victoire à l'élection présidentielle américaine": an adjective names no place
            if ("demonym".equals(v.via())) continue;
            if (v.actor() == null && !FrameReader.isTopic(v, cues) && (topic == null || v.from() < topic.start())) return true;
        }
        if (inVenueCity(s, f)) return true;
        if (unknownPlaceNamed(s, f)) return true;
        for (EventDraft e : s.earlier()) {
            if (e.type != EventType.MEETING || e.status != EventStatus.OCCURRED) continue;
            for (Ref r : sides) {
                EventDraft.Party p = e.parties.get(r.country());
                if (p != null && p.part() != ParticipantPart.HOST) return true;
            }
        }
        // "received a phone call from Netanyahu, who briefed him", "In a telephone call, Scholz briefed Biden": a call word
        // of the sentence tells the medium; the dateline or a trip told elsewhere does not put the sides together
        if (callWordIn(s)) return false;
        return Whereabouts.meetingPlace(s, f, sides) != null;
    }

    /** Whether the sentence holds a call word that tells a medium ("phone call", "by phone", "téléphonique"), not a talk verb. */
    static boolean callWordIn(SentenceReading s) {
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.type() == EventType.PHONE_CALL && !CueIndex.talk(t)) return true;
        }
        return false;
    }

    /** "se sont entretenus ... à Genève", "talked ... in Anchorage": a city of venues.tsv where the talk was held. */
    static boolean inVenueCity(SentenceReading s, Frame f) {
        CueIndex cues = s.cues();
        CueIndex.At topic = topicAfter(cues, f.trigger());
        for (Ref c : s.cities()) {
            if (s.clauses().together(c.from(), f.trigger().start()) && FrameReader.isVenue(c, cues, s.here()) && (topic == null || c.from() < topic.start())) return true;
        }
        return false;
    }

    /**
     * "L'entretien de Macron avec Modi mercredi à Marseille": a name the knowledge base does not know right after a
     * preposition of place in the conversation's clause is where it was held, though no state can be told from it.
     */
    private static boolean unknownPlaceNamed(SentenceReading s, Frame f) {
        if (!f.trigger().trigger().noun()) return false;
        for (CueIndex.At at : s.cues().all(CueKind.LOCATIVE)) {
            int next = at.end();
            if (at.start() < f.trigger().end() || next >= s.sentence().endToken() || s.clauses().of(at.start()).index() != f.clause().index()) continue;
            if (!s.cues().capitalized(next) || s.cues().startingAt(next, CueKind.MEDIA) != null) continue;
            if (s.here().stream().noneMatch(r -> r.from() <= next && next < r.to())) return true;
        }
        return false;
    }

    /**
     * Whether a call word's frame is no call: the verb names or asks something of whom it takes at once ("called Putin
     * a war criminal", "a appelé Moscou à cesser", "les appels à Bujumbura à"), or a dialling verb takes no one.
     */
    static boolean notACall(SentenceReading s, Frame frame) {
        // "Erdogan was called by Trump": a dialling verb in the passive calls its subject ("The conference was called by
        // Brown": a meeting convened, no one called)
        if (passiveDial(s, frame) && !officialSubject(s, frame)) return true;
        Ref callee = callee(s, frame);
        if (callee != null) return askedOf(s, callee.to());
        // "Donald Trump called him on Wednesday": the pronoun right after the dialling verb is whom it takes ("called him a liar": none)
        CueIndex.At pronoun = s.cues().startingAt(frame.trigger().end(), CueKind.PRONOUN);
        if (pronoun != null && frame.trigger().trigger().frame() == TriggerFrame.DIAL) return askedOf(s, pronoun.end());
        // "Pezeshkian, qu'il a appelé à œuvrer à une désescalade": asked of the antecedent, a demand
        return frame.trigger().trigger().frame() == TriggerFrame.DIAL && (!calleeBeforeItsRelative(frame) || askedOf(s, frame.trigger().end()));
    }

    /** A dialling verb in the passive: its phrase ends on the passive agent's word ("was called by", "was phoned by"). */
    private static boolean passiveDial(SentenceReading s, Frame frame) {
        CueIndex.TriggerAt t = frame.trigger();
        return t.trigger().frame() == TriggerFrame.DIAL && t.end() - t.start() > 1 && s.cues().startingAt(t.end() - 1, CueKind.PASSIVE_AGENT) != null;
    }

    /** Whether the subject of a passive call, before its verb, names a state's official: whom the caller called. */
    private static boolean officialSubject(SentenceReading s, Frame frame) {
        for (Ref r : frame.agents()) if (r.to() <= frame.trigger().start() && Parties.official(r, s)) return true;
        return false;
    }

    /** "Zelenskiy, whom Trump also called on Wednesday", "Zelensky, qu'il a appelé mercredi": an object relative's antecedent is whom the dial verb takes. */
    private static boolean calleeBeforeItsRelative(Frame frame) {
        Clauses.Clause clause = frame.clause();
        if (clause.kind() != Clauses.Kind.RELATIVE || clause.opener() < 0) return false;
        return frame.partners().stream().anyMatch(r -> r.to() <= clause.opener());
    }

    /**
     * Whether what follows the callee asks something of it: a complement right after it, or after a callee joined to
     * it ("a appelé l'armée soudanaise et les Forces de soutien rapide à un arrêt des combats").
     */
    private static boolean askedOf(SentenceReading s, int end) {
        CueIndex cues = s.cues();
        if (cues.after(CueKind.CALLEE_COMPLEMENT, end, 0) != null) return true;
        if (end >= s.sentence().endToken() || !s.text().lexicon().profile().conjunctions().contains(s.text().tokens().get(end).term())) return false;
        CueIndex.At asked = cues.after(CueKind.CALLEE_COMPLEMENT, end + 1, Reach.JOINED_CALLEE);
        // the cue index reads "à" only where the text writes it so, not the verb "a" (profile: accent_sensitive)
        return asked != null && s.clauses().together(end, asked.start()) && !cues.triggerWithin(end, asked.start());
    }

    /**
     * Whether a talk verb of a readout tells a call ("The President spoke today with Prime Minister X of Y", "a échangé
     * lundi avec son homologue"): two states' officials, not put together, the partner closely after "with", or both
     * sides the subject with a topic after the verb ("X and Y spoke today about...").
     */
    static boolean talkByPhone(SentenceReading s, Frame frame, Map<String, Ref> parties) {
        if (parties.size() < 2 || inPerson(s, frame, parties.values())) return false;
        CueIndex cues = s.cues();
        CueIndex.TriggerAt trigger = frame.trigger();
        CueIndex.At with = cues.after(CueKind.WITH, trigger.end(), Reach.TALK_PARTNER);
        if (with != null && s.clauses().together(with.start(), trigger.start())) return true;
        long acting = frame.agents().stream().map(Ref::country).distinct().count();
        if (acting < 2) return false;
        // "NEW DELHI - ... when the two leaders spoke on Friday": the two talk together, datelined in one's own state, no trip told
        return topicAfter(cues, trigger) != null || Whereabouts.apartTogether(s, frame, parties.values());
    }

    /** The topic right after a talk verb, or null; it may open inside the verb itself ("ont discuté dimanche de": the verb and its "de"). */
    private static CueIndex.At topicAfter(CueIndex cues, CueIndex.TriggerAt trigger) {
        return cues.after(CueKind.TOPIC, trigger.start(), trigger.end() - trigger.start() + Reach.ADJACENT);
    }

    /** Who talks: the subject and who follows "with" closely ("spoke with A and B to condemn an attack from C": A and B). */
    static List<Ref> talkSides(SentenceReading s, Frame frame) {
        List<Ref> out = new java.util.ArrayList<>(frame.agents());
        CueIndex.At with = s.cues().after(CueKind.WITH, frame.trigger().end(), Reach.TALK_PARTNER);
        if (with == null) return out;
        int limit = with.end() + Reach.ADJACENT;
        for (Ref r : frame.partners()) {
            if (r.from() < with.end()) continue;
            if (r.from() > limit) break;
            out.add(r);
            limit = Math.max(limit, r.to() + Reach.ADJACENT);
        }
        return out;
    }

    /** "Scholz a échangé vendredi avec Poutine ... Zelensky a dénoncé un appel": a call word in another sentence of the dispatch. */
    static boolean callSaidElsewhere(SentenceReading s) {
        List<Token> tokens = s.text().tokens();
        for (TokenTrie.Match<Trigger> m : s.text().lexicon().triggers().findAll(tokens, 0, tokens.size())) {
            if (m.start() >= s.sentence().firstToken() && m.start() < s.sentence().endToken()) continue;
            if (m.values().stream().anyMatch(t -> t.type() == EventType.PHONE_CALL)) return true;
        }
        return false;
    }

    /**
     * The official a call word takes at once ("called Xi on Tuesday", "a appelé mardi Erdogan", "les appels à Bujumbura"),
     * or null; after "with" ("a call with Putin") the partner is read as any call's.
     */
    private static Ref callee(SentenceReading s, Frame frame) {
        int end = frame.trigger().end();
        if (s.cues().after(CueKind.WITH, end, 0) != null || withAfterTime(s, end)) return null;
        for (Ref r : frame.sides()) {
            if (takenAtOnce(s, end, r) && Parties.official(r, s)) return r;
        }
        for (Ref r : frame.venues()) {                  // "les appels à Bujumbura à respecter": a capital asked
            if (takenAtOnce(s, end, r)) return r;
        }
        return null;
    }

    /**
     * "s'est entretenu par téléphone jeudi soir avec Poutine, à la demande de": "avec" a few words after the trigger,
     * no one named and no comma between (a day, a part of the day): the partner follows it, the verb takes no callee.
     */
    private static boolean withAfterTime(SentenceReading s, int end) {
        CueIndex.At with = s.cues().after(CueKind.WITH, end, Reach.ADJACENT);
        if (with == null || !s.clauses().together(end - 1, with.start())) return false;
        for (Ref r : s.here()) if (r.from() >= end && r.from() < with.start()) return false;
        var text = s.text();
        for (int t = end; t <= with.start() && t < text.tokens().size(); t++) {
            if (text.body().substring(text.tokens().get(t - 1).end(), text.tokens().get(t).start()).contains(",")) return false;
        }
        return true;
    }

    /**
     * Whether the reference stands right after the trigger, in its clause ("appel téléphonique, Erdogan a demandé": no); a
     * demonym written after its officials' noun stands where that noun starts, and a day between them does not count ("a
     * appelé jeudi son homologue russe").
     */
    private static boolean takenAtOnce(SentenceReading s, int end, Ref r) {
        if (r.from() < end || !s.clauses().together(end - 1, r.from())) return false;
        int start = phraseStart(s, r);
        if (words(s, end, start) <= Reach.DIALLED) return true;
        int title = titleEnd(s, end, start);        // "a appelé lundi le Premier ministre de l'Inde, Narendra Modi"
        return title >= 0 && words(s, title, start) <= Reach.DIALLED;
    }

    /**
     * The end of a title that opens the official's phrase within reach of the verb ("called the Prime Minister of India,
     * Narendra Modi", "a appelé lundi le Premier ministre indien"), before the reference at {@code start}; -1 if none.
     */
    private static int titleEnd(SentenceReading s, int end, int start) {
        var text = s.text();
        for (int t = end; t < start && words(s, end, t) <= Reach.DIALLED; t++) {
            TokenTrie.Match<io.newswire.enrich.tagger.kb.Lexicon.Title> m = text.lexicon().titles().longestAt(text.tokens(), t, start);
            if (m != null) return m.end();
        }
        return -1;
    }

    /** Where the phrase of a reference starts: the officials' noun a demonym follows ("son homologue russe"), else the reference. */
    private static int phraseStart(SentenceReading s, Ref r) {
        var text = s.text();
        if (!"demonym".equals(r.via()) || !text.lexicon().profile().demonymAfterNoun()) return r.from();
        for (int back = 1; back <= Reach.OFFICIALS && r.from() - back > s.sentence().firstToken(); back++) {
            if (text.lexicon().cueEndsAt(text, r.from(), CueKind.OFFICIALS, back)) return r.from() - back;
        }
        return r.from();
    }

    /**
     * How many words stand between two tokens, a day ("jeudi", "hier") counting for none and a word written with a hyphen
     * ("après-midi") for one.
     */
    private static int words(SentenceReading s, int from, int to) {
        var text = s.text();
        var tokens = text.tokens();
        int n = 0;
        for (int i = from; i < to; i++) {
            var w = text.lexicon().calendarWord(text.termId(i));
            if (w != null && (w.weekday() != null || w.offset() != null)) continue;
            if (i > from && "-".equals(text.body().substring(tokens.get(i - 1).end(), tokens.get(i).start()))) continue;
            n++;
        }
        return n;
    }
}
