package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.CoreferenceResolver;
import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.KnowledgeFileException;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.schemas.Event;
import io.newswire.schemas.EventType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads diplomatic events sentence by sentence: a sentence with a trigger of the language's lexicon (au téléphone,
 * summit, cessez-le-feu) goes to the rule of the trigger's event type, which reads the cues around it and the
 * parties named in the sentence or, through an anaphor, in the sentences before. Reports of one event merge into one.
 */
public final class EventExtractor {

    private final KnowledgeBase kb;
    private final EventCodes codes;
    private final FrameReader frames;
    private final VenueCities venues;
    // a sentence's events are listed summits, truces, meetings, calls: a call that joins a meeting ("joined it by telephone") needs it read
    private final List<EventRule> rules;

    public EventExtractor(KnowledgeBase kb, EventCodes codes) {
        this.kb = kb;
        this.codes = codes;
        StatusReadings readings = StatusReadings.load(kb.source());
        this.frames = new FrameReader(readings);
        this.venues = new VenueCities(kb);
        PhoneCallRule calls = new PhoneCallRule();
        this.rules = List.of(new SummitProposalRule(kb), new CeasefireRule(kb, readings), new MeetingRule(kb), calls, new UnplacedConversationRule(calls), new TalkInPersonRule(), new SignedTogetherRule());
        Set<EventType> read = EnumSet.noneOf(EventType.class);
        Set<EventType> made = EnumSet.noneOf(EventType.class);
        for (EventRule r : rules) {
            read.add(r.reads());
            made.add(r.type());
        }
        kb.triggeredTypes().forEach((type, where) -> {
            if (!read.contains(type)) throw new KnowledgeFileException(where + ": event type " + type + " has no rule that reads it (rules read " + read + ")");
        });
        codes.requireFor(made);
    }

    /** The events the text reports, one per distinct event, as Avro events. */
    public List<Event> extract(AnalyzedText text, List<Ref> refs) {
        return EventRecords.of(text, drafts(text, refs), codes);
    }

    private List<EventDraft> drafts(AnalyzedText text, List<Ref> refs) {
        // most sentences have no trigger: what only an event needs is built on the first one
        CoreferenceResolver coreference = null;
        Map<Integer, List<Ref>> bySentence = null;
        Theatre theatre = new Theatre(kb, text, refs);
        List<EventDraft> events = new ArrayList<>();
        Map<Integer, List<Ref>> toldBy = new HashMap<>();       // what each sentence's plural anaphor stood for
        SentenceCues sentenceCues = new SentenceCues(text);
        for (Sentence s : text.sentences()) {
            CueIndex cues = sentenceCues.of(s);
            if (cues.triggers().isEmpty() || question(text, s)) continue;
            if (bySentence == null) {
                coreference = new CoreferenceResolver(text, refs);
                bySentence = new HashMap<>();
                for (Ref r : refs) bySentence.computeIfAbsent(r.sentence(), k -> new ArrayList<>()).add(r);
            }
            List<Ref> here = withIssuer(text, s, cues, bySentence.getOrDefault(s.index(), List.of()), refs);
            Clauses clauses = new Clauses(text, s, cues, here);
            if (cues.sport() && sportAround(cues, clauses)) continue;
            List<Ref> antecedents = antecedents(cues, coreference, s, toldBy);
            SentenceReading reading = new SentenceReading(text, s, cues, here, antecedents,
                    DateResolver.inSentence(text, s, EarlierMeetings.phrases(cues, clauses)), events, refs, theatre, clauses, frames,
                    venues.in(text, s), sentenceCues);
            List<EventDraft> found = new ArrayList<>();
            for (EventRule rule : rules) {
                if (cues.trigger(rule.reads()) != null) found.addAll(rule.read(reading));
            }
            events.addAll(found);
        }
        return EventMerger.merge(events);
    }

    /**
     * Whether the sport a sentence names is the context of its events: a score, or a sport word in the clause of one of
     * its triggers or in the clause that holds it ("Argentina and France meet in the semi-final"); "officials met at Panmunjom, and the North agreed to
     * send athletes to the Olympics" names the sport in a clause of its own, after the meeting.
     */
    private static boolean sportAround(CueIndex cues, Clauses clauses) {
        List<CueIndex.At> words = cues.all(CueKind.SPORT);
        if (words.isEmpty()) return true;                          // a sport verb with a score
        for (CueIndex.TriggerAt t : cues.triggers()) {
            for (CueIndex.At w : words) if (clauses.within(t.start(), clauses.of(w.start()))) return true;   // or a phrase its clause holds: "Après leur rencontre au stade, les joueurs..."
        }
        return false;
    }

    /** "Will Trump and Kim meet again?": a question reports no event and no status; the sentences after it tell what is. */
    private static boolean question(AnalyzedText text, Sentence s) {
        String body = text.body();
        int end = s.end();
        while (end > s.start() && Character.isWhitespace(body.charAt(end - 1))) end--;
        return end > s.start() && body.charAt(end - 1) == '?';
    }

    /** The sentence's references and the bare titles that stand for the issuing state or for a person named before, in text order. */
    private static List<Ref> withIssuer(AnalyzedText text, Sentence s, CueIndex cues, List<Ref> here, List<Ref> refs) {
        List<Ref> titles = new ArrayList<>(BareTitles.of(text, s, cues, here, refs));
        titles.addAll(OwnerlessHeading.of(text, s, cues, here, refs));
        titles.addAll(HostWord.of(s, cues, here, refs));
        if (titles.isEmpty()) return here;
        List<Ref> all = new ArrayList<>(here);
        all.addAll(titles);
        all.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return all;
    }

    /**
     * What a plural anaphor of the sentence stands for, placed where the anaphor stands (subject or object); "Ils" right
     * after "Réunis par Macron et Merkel, les quatre dirigeants" stands for the four: who the anaphor before stood for too.
     */
    private static List<Ref> antecedents(CueIndex cues, CoreferenceResolver coreference, Sentence s, Map<Integer, List<Ref>> toldBy) {
        CueIndex.At anaphor = cues.first(CueKind.ANAPHOR);
        if (anaphor == null) return List.of();
        List<Ref> named = new ArrayList<>(coreference.antecedents(s.index(), anaphor.cue().size()));
        Set<String> states = new HashSet<>();
        named.forEach(r -> states.add(r.country()));
        for (Ref r : toldBy.getOrDefault(s.index() - 1, List.of())) if (states.add(r.country())) named.add(r);
        List<Ref> out = new ArrayList<>();
        for (Ref r : named) {
            out.add(new Ref(anaphor.start(), anaphor.end(), r.country(), r.actor(), "coreference", s.index(), false));
        }
        toldBy.put(s.index(), out);
        return out;
    }
}
