package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.CoreferenceResolver;
import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.Cue;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.Event;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads diplomatic events sentence by sentence: a trigger of the language's lexicon (au téléphone, summit,
 * cessez-le-feu), the modality cues around it (denied, planned, already held), and the parties named in the
 * sentence or, through an anaphor, in the sentences before. Reports of the same event are merged into one.
 */
public final class EventExtractor {

    private static final EventType PHONE_CALL = EventType.PHONE_CALL;
    private static final EventType SUMMIT = EventType.SUMMIT_PROPOSAL;
    private static final EventType CEASEFIRE = EventType.CEASEFIRE;
    private static final ParticipantPart PARTICIPANT = ParticipantPart.PARTICIPANT;
    private static final ParticipantPart MEDIATOR = ParticipantPart.MEDIATOR;
    private static final ParticipantPart LOCATION = ParticipantPart.LOCATION;

    private static final int VENUE_REACH = 8;   // tokens between a summit trigger and its venue
    private static final int ADJACENT = 3;   // tokens between an "adjacent" cue and its party (to U.S. President Trump)

    private final KnowledgeBase kb;
    private final EventCodes codes = EventCodes.load("kb/lexicon/event-codes.tsv");

    public EventExtractor(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The events the text reports, one per distinct event, as Avro events. */
    public List<Event> extract(AnalyzedText text, List<Ref> refs) {
        return EventRecords.of(text, drafts(text, refs), codes);
    }

    private List<EventDraft> drafts(AnalyzedText text, List<Ref> refs) {
        // most sentences have no trigger: what only an event needs is built on the first one
        CoreferenceResolver coreference = null;
        Map<Integer, List<Ref>> bySentence = null;
        Theatre theatre = new Theatre(text, refs);
        List<EventDraft> events = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            SentenceCues cues = new SentenceCues(text, s);
            if (cues.triggers.isEmpty() || cues.sport()) continue;
            if (bySentence == null) {
                coreference = new CoreferenceResolver(text, refs);
                bySentence = new HashMap<>();
                for (Ref r : refs) bySentence.computeIfAbsent(r.sentence(), k -> new ArrayList<>()).add(r);
            }
            List<Ref> here = bySentence.getOrDefault(s.index(), List.of());
            List<Ref> antecedents = antecedents(cues, coreference, s);
            DateResolver.Dated dated = DateResolver.inSentence(text, s);
            List<EventDraft> calls = phoneCalls(text, s, cues, here, antecedents, dated, events);
            events.addAll(summits(text, s, cues, here, antecedents, dated, events));
            ceasefire(text, s, cues, here, calls, theatre, refs, dated, events).ifPresent(events::add);
            events.addAll(calls);
        }
        return merge(events);
    }

    /** What a plural anaphor of the sentence stands for, placed where the anaphor stands (subject or object). */
    private static List<Ref> antecedents(SentenceCues cues, CoreferenceResolver coreference, Sentence s) {
        SentenceCues.At anaphor = cues.first("anaphor");
        if (anaphor == null) return List.of();
        List<Ref> out = new ArrayList<>();
        for (Ref r : coreference.antecedents(s.index())) {
            out.add(new Ref(anaphor.start(), anaphor.end(), r.country(), r.actor(), "coreference", s.index(), false));
        }
        return out;
    }

    // ---------------------------------------------------------------- phone calls

    private List<EventDraft> phoneCalls(AnalyzedText text, Sentence s, SentenceCues cues, List<Ref> here,
                                        List<Ref> antecedents, DateResolver.Dated dated, List<EventDraft> earlier) {
        SentenceCues.TriggerAt trigger = cues.trigger(PHONE_CALL);
        if (trigger == null || cues.has("denial") || cues.has("future")) return List.of();   // a denied or planned call is no call
        // "Leur entretien téléphonique a duré..., a précisé le conseiller du Kremlin, selon qui...": the source and
        // what it adds are no callers; an anaphor there still stands for them
        SentenceCues.At speaker = cues.first("speaker");
        List<Ref> named = new ArrayList<>();
        for (Ref r : here) if (speaker == null || speaker.start() < trigger.start() || r.from() < speaker.start()) named.add(r);
        named.addAll(antecedents);
        Map<String, Ref> parties = peopleFirst(parties(text, named, cues));
        if (parties.size() < 2) {
            // "the call", "l'entretien": another report of a call already read, if it shares the party
            if (parties.size() == 1) {
                String only = parties.keySet().iterator().next();
                for (int i = earlier.size() - 1; i >= 0; i--) {
                    EventDraft e = earlier.get(i);
                    if (e.type == PHONE_CALL && e.parties.containsKey(only)) {
                        e.report(s, trigger.surface(), dated);
                        break;
                    }
                }
            }
            return List.of();
        }
        // the caller stands before "avec"/"with"/"to" (or before the trigger), the called after it
        int split = split(cues, trigger, named, parties);
        Map<String, Ref> calledBy = new LinkedHashMap<>();        // per country, its first mention after the split
        Map<String, Ref> lastBefore = new LinkedHashMap<>();      // per country, its last mention before the split
        for (Ref r : named) {
            Ref party = parties.get(r.country());
            if (party == null || r.locative() || (party.actor() != null && r.actor() == null)) continue;
            if (r.from() < split) lastBefore.put(r.country(), r);
        }
        for (Ref r : named) {                                     // an anaphor does not turn the named caller into a called party
            Ref party = parties.get(r.country());
            if (party == null || r.locative() || (party.actor() != null && r.actor() == null) || r.from() < split) continue;
            if (r.via().equals("coreference") && lastBefore.containsKey(r.country())) continue;
            calledBy.putIfAbsent(r.country(), r);
        }
        Ref caller = null;
        for (Map.Entry<String, Ref> e : lastBefore.entrySet()) {
            if (calledBy.containsKey(e.getKey())) continue;
            if (caller == null || e.getValue().from() > caller.from()) caller = e.getValue();
        }
        List<Ref> called = new ArrayList<>(calledBy.values());
        List<EventDraft> calls = new ArrayList<>();
        if (!cues.has("multilateral") && caller != null && called.size() >= 1) {
            for (Ref o : called) {                                 // "a discuté au téléphone avec Macron et Merkel": two calls
                if (o.country().equals(caller.country())) continue;
                EventDraft call = draft(PHONE_CALL, trigger.trigger().status(), s, trigger, dated);
                addParty(call, caller, PARTICIPANT);
                addParty(call, o, PARTICIPANT);
                calls.add(call);
            }
        } else {
            EventDraft call = draft(PHONE_CALL, trigger.trigger().status(), s, trigger, dated);
            for (Ref r : parties.values()) addParty(call, r, PARTICIPANT);
            calls.add(call);
        }
        return calls;
    }

    /**
     * Where the called parties begin: after the first "with" cue that has a party on each side (for an "adjacent"
     * cue such as "to", a party right after it), else after the trigger.
     */
    private static int split(SentenceCues cues, SentenceCues.TriggerAt trigger, List<Ref> named, Map<String, Ref> parties) {
        for (SentenceCues.At with : cues.all("with")) {
            boolean before = false, after = false;
            int reach = with.cue().value().equals("adjacent") ? with.end() + ADJACENT : Integer.MAX_VALUE;
            for (Ref r : named) {
                if (!parties.containsKey(r.country()) || r.locative()) continue;
                if (r.to() <= with.start()) before = true;
                else if (r.from() >= with.end() && r.from() <= reach) after = true;
            }
            if (before && after) return with.end();
        }
        return trigger.end();
    }

    // ---------------------------------------------------------------- summits

    /**
     * The summits a sentence proposes: one per summit trigger that has parties of its own ("une rencontre entre
     * Poutine et Zelensky, qui serait suivie d'un sommet à trois avec le président américain" proposes two).
     */
    private List<EventDraft> summits(AnalyzedText text, Sentence s, SentenceCues cues, List<Ref> here,
                                     List<Ref> antecedents, DateResolver.Dated dated, List<EventDraft> earlier) {
        List<SentenceCues.TriggerAt> triggers = new ArrayList<>();
        for (SentenceCues.TriggerAt t : cues.triggers) {
            if (t.trigger().type() != SUMMIT) continue;
            if (!triggers.isEmpty() && t.start() < triggers.get(triggers.size() - 1).end()) continue;   // "se rencontrer" and "rencontrer"
            triggers.add(t);
        }
        List<EventDraft> out = new ArrayList<>();
        if (triggers.isEmpty() || cues.has("past") || cues.has("denial") || cues.has("ministerial")) return out;
        EventDraft previous = null;
        for (int i = 0; i < triggers.size(); i++) {
            int from = i == 0 ? s.firstToken() : triggers.get(i).start();
            int to = i + 1 < triggers.size() ? triggers.get(i + 1).start() : s.endToken();
            EventDraft summit = summit(text, s, cues, triggers.get(i), within(here, from, to), within(antecedents, from, to),
                    here, dated, i == 0 ? null : previous, earlier);
            if (summit == null) continue;
            out.add(summit);
            previous = summit;
        }
        return out;
    }

    private static List<Ref> within(List<Ref> refs, int from, int to) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : refs) if (r.from() >= from && r.from() < to) out.add(r);
        return out;
    }

    private EventDraft summit(AnalyzedText text, Sentence s, SentenceCues cues, SentenceCues.TriggerAt trigger, List<Ref> here,
                              List<Ref> antecedents, List<Ref> sentence, DateResolver.Dated dated, EventDraft before,
                              List<EventDraft> earlier) {
        SentenceCues.At status = boundStatus(cues, trigger);
        if (status == null) return null;
        if (trigger.trigger().requires().equals("leaders") && !cues.has("leaders") && !leadersOnly(text, sentence)) return null;
        EventDraft summit = draft(SUMMIT, EventStatus.of(status.cue().value()), s, trigger, dated);
        summit.declaredSize = declaredSize(cues, trigger);
        List<Ref> named = new ArrayList<>(reported(text, cues, trigger, here));
        named.addAll(antecedents);
        SentenceCues.At between = between(cues, trigger);
        if (between != null) {                                  // "une rencontre entre Poutine et Zelensky": the proposer is no party
            List<Ref> inside = new ArrayList<>();
            for (Ref r : here) if (r.from() >= between.end()) inside.add(r);      // "a annoncé ... une rencontre entre X et Y"
            for (Ref r : antecedents) if (r.from() >= between.end()) inside.add(r);
            if (parties(text, inside, cues).size() >= 2) named = inside;
        }
        if (before != null) {                                   // "suivie d'un sommet à trois avec le président américain": the first one's parties join
            if (!joins(cues, trigger)) return null;
            for (EventDraft.Party p : before.parties.values()) if (p.part() == PARTICIPANT) summit.add(p.country(), p.actor(), PARTICIPANT);
        }
        for (Ref r : peopleFirst(parties(text, named, cues)).values()) addParty(summit, r, PARTICIPANT);
        if (trigger.trigger().requires().equals("leaders")) {   // "Paris et Berlin se disent prêts à rencontrer ...": who is to meet is a party
            for (Ref r : parties(text, named, cues).values()) {
                if (r.to() <= trigger.start() && trigger.start() - r.to() <= VENUE_REACH) addParty(summit, r, PARTICIPANT);
            }
        }
        for (Ref r : here) {                                    // the venue is named near the summit, not at the end of the sentence
            if (r.locative() && r.country() != null && Math.abs(r.from() - trigger.end()) <= VENUE_REACH) summit.add(r.country(), null, ParticipantPart.HOST);
        }
        if (before == null) {
            for (TokenTrie.Match<KnowledgeBase.Group> g : kb.groups().findAll(text.tokens(), s.firstToken(), s.endToken())) {
                for (String member : g.values().get(0).members()) summit.add(member, null, PARTICIPANT);
            }
        }
        if (summit.countries().isEmpty()) return null;
        // one state alone, neither hosting nor named with a group, is no summit between states ("la rencontre doit permettre...")
        if (summit.countries().size() == 1 && summit.parties.values().stream().noneMatch(p -> p.part() == ParticipantPart.HOST)
                && sentence.stream().noneMatch(r -> r.locative() && summit.countries().contains(r.country()))) {
            // "un sommet à quatre était à l'étude", said by one side: another report of the four-state summit already read
            for (EventDraft e : earlier) {
                if (e.type == SUMMIT && summit.declaredSize > 0 && e.countries().size() == summit.declaredSize
                        && e.countries().containsAll(summit.countries())) {
                    e.report(s, trigger.surface(), dated);
                    break;
                }
            }
            return null;
        }
        return summit;
    }

    /**
     * The references of what a source reports: "..., a annoncé l'Elysée" after the summit is only the source; before
     * it, "X a affirmé que Poutine avait accepté de rencontrer Zelensky" too, but "X a ajouté que sa rencontre avec
     * son homologue russe..." needs X, as the reported clause names one side only.
     */
    private static List<Ref> reported(AnalyzedText text, SentenceCues cues, SentenceCues.TriggerAt trigger, List<Ref> here) {
        SentenceCues.At speaker = cues.first("speaker");
        if (speaker == null) return here;
        List<Ref> before = new ArrayList<>();
        List<Ref> after = new ArrayList<>();
        for (Ref r : here) (r.from() < speaker.start() ? before : after).add(r);
        if (speaker.start() >= trigger.start()) return before;
        return parties(text, after, cues).size() >= 2 ? after : here;
    }

    /**
     * The status cue that speaks of this summit: a cue before another event's trigger speaks of that event
     * ("a plaidé pour un cessez-le-feu avant toute nouvelle rencontre" pleads for the truce, not for a meeting).
     */
    private static SentenceCues.At boundStatus(SentenceCues cues, SentenceCues.TriggerAt trigger) {
        for (SentenceCues.At c : cues.all("summit_status")) {
            boolean other = false;
            for (SentenceCues.TriggerAt t : cues.triggers) {
                if (t.trigger().type() != SUMMIT && c.end() <= t.start() && t.end() <= trigger.start()) other = true;
            }
            if (!other) return c;
        }
        return null;
    }

    /** "un sommet à trois", "a three-way meeting": how many states the summit is said to gather, or 0. */
    private static int declaredSize(SentenceCues cues, SentenceCues.TriggerAt trigger) {
        for (SentenceCues.At m : cues.all("multilateral")) {
            if (Math.abs(m.start() - trigger.end()) <= 1 || Math.abs(trigger.start() - m.end()) <= 1) {
                if (m.cue().value().chars().allMatch(Character::isDigit) && !m.cue().value().isEmpty()) return Integer.parseInt(m.cue().value());
            }
        }
        return 0;
    }

    /** Whether a "with"/"avec" cue follows the trigger closely: the summit adds its parties to the one named before. */
    private static boolean joins(SentenceCues cues, SentenceCues.TriggerAt trigger) {
        for (SentenceCues.At w : cues.all("with")) if (w.start() >= trigger.end() && w.start() - trigger.end() <= ADJACENT) return true;
        return false;
    }

    /** A "between"/"entre" cue right after the summit trigger, or null. */
    private static SentenceCues.At between(SentenceCues cues, SentenceCues.TriggerAt trigger) {
        for (SentenceCues.At b : cues.all("between")) if (b.start() >= trigger.end() && b.start() - trigger.end() <= 1) return b;
        return null;
    }

    /** "Secretary of State Clinton is to meet President Lee": a meeting with a minister is no leaders' summit. */
    private boolean leadersOnly(AnalyzedText text, List<Ref> here) {
        List<String> leaderRoles = kb.standsFor("leader");
        for (Ref r : here) {
            if (r.actor() == null) continue;
            String role = kb.roleOn(r.actor(), text.referenceDate());
            if (role != null && !leaderRoles.contains(role)) return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- ceasefires

    private java.util.Optional<EventDraft> ceasefire(AnalyzedText text, Sentence s, SentenceCues cues, List<Ref> here,
                                                     List<EventDraft> callsHere, Theatre theatre, List<Ref> refs, DateResolver.Dated dated,
                                                     List<EventDraft> earlier) {
        SentenceCues.TriggerAt trigger = cues.trigger(CEASEFIRE);
        if (trigger == null) return java.util.Optional.empty();
        SentenceCues.At statusCue = nearest(cues.all("ceasefire_status"), trigger);
        EventStatus status = statusCue != null ? EventStatus.of(statusCue.cue().value()) : trigger.trigger().status();
        EventDraft truce = draft(CEASEFIRE, status, s, trigger, dated);
        TokenTrie.Match<KnowledgeBase.Place> place = firstPlace(text, s);
        if (place != null) {
            truce.location = text.surface(place.start(), place.end());
            truce.add(place.values().get(0).country(), null, LOCATION);
        } else {
            for (Ref r : here) {                                    // "un cessez-le-feu en Ukraine"
                if (r.locative() && r.country() != null && r.actor() == null && r.via().equals("name") && afterPreposition(text, r)) {
                    truce.location = text.surface(r.from(), r.to());
                    truce.add(r.country(), null, LOCATION);
                    break;
                }
            }
        }
        EventDraft known = null;
        for (int i = earlier.size() - 1; i >= 0 && known == null; i--) if (earlier.get(i).type == CEASEFIRE) known = earlier.get(i);
        if (known != null && known.fromTheatre) {
            truce.fromTheatre = false;                          // the first report only guessed the country: this one says it
            known.parties.clear();
            known.fromTheatre = false;
            if (known.location == null) known.location = truce.location;
            for (EventDraft.Party p : truce.parties.values()) known.add(p.country(), p.actor(), p.part());
            known = null;
        }
        if (known != null && (truce.location == null || known.countries().containsAll(truce.countries()))) {
            known.report(s, trigger.surface(), dated);          // another report of the truce already read
            return java.util.Optional.empty();
        }
        SentenceCues.At sponsor = cues.first("sponsor");
        SentenceCues.At speaker = cues.first("speaker");
        List<SentenceCues.At> calls = cues.all("ceasefire_status").stream().filter(c -> c.cue().value().equals("called_for")).toList();
        List<SentenceCues.At> mediatedBy = cues.all("sponsor_after");
        // "un cessez-le-feu négocié par Moscou et Ankara": who negotiated it with each other are its parties, unless
        // the sides are named apart ("négociée par l'Egypte entre Israël et le Hamas")
        SentenceCues.At negotiator = cues.first("negotiator");
        int sidesAt = sidesNamedAt(cues, trigger, here);
        for (Ref r : parties(text, here, cues).values()) {
            boolean sponsoring = (sponsor != null && r.from() >= sponsor.start())
                    || (negotiator != null && r.from() >= negotiator.start() && r.from() < sidesAt);
            boolean speaking = speaker != null && r.from() >= speaker.start();
            boolean requester = calls.stream().anyMatch(c -> r.to() <= c.start());
            boolean mediator = mediatedBy.stream().anyMatch(c -> c.start() == r.to());
            addParty(truce, r, sponsoring || speaking || requester || mediator ? MEDIATOR : PARTICIPANT);
        }
        if (truce.countries().isEmpty() && cues.has("region")) {      // "un cessez-le-feu dans la région": the country last placed
            String last = lastPlaceBefore(refs, s.index());
            if (last != null) truce.add(last, null, LOCATION);
        }
        if (truce.countries().isEmpty()) {                       // "l'appel ... en faveur d'un cessez-le-feu": the sides negotiating, else the theatre
            List<String> sides = negotiatingSides(text, refs, truce.parties.keySet());
            String theatreCountry = sides.isEmpty() ? theatre.country() : null;
            for (String side : theatreCountry != null ? List.of(theatreCountry) : sides) truce.add(side, null, LOCATION);
            truce.fromTheatre = !truce.countries().isEmpty();
        }
        if (truce.countries().isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(truce);
    }

    /**
     * Where a "between"/"entre" cue after the truce trigger names its sides (a state right after it, and not the
     * "entre" of another event, "un sommet entre Poutine et Erdogan", nor a folded "entré en vigueur"), or -1.
     */
    private static int sidesNamedAt(SentenceCues cues, SentenceCues.TriggerAt trigger, List<Ref> here) {
        for (SentenceCues.At b : cues.all("between")) {
            if (b.start() < trigger.end()) continue;
            if (here.stream().noneMatch(r -> r.country() != null && r.from() >= b.end() && r.from() - b.end() <= ADJACENT)) continue;
            boolean ofOther = false;
            for (SentenceCues.TriggerAt t : cues.triggers) if (t != trigger && t.end() <= b.start() && b.start() - t.end() <= 1) ofOther = true;
            if (!ofOther) return b.start();
        }
        return -1;
    }

    /**
     * The two states whose negotiations the dispatch reports ("des négociations directes entre Moscou et Kiev"): the
     * non-venue countries of its first sentence that speaks of negotiations, when they are exactly two and neither
     * sponsors or calls for the truce; else none.
     */
    private static List<String> negotiatingSides(AnalyzedText text, List<Ref> refs, java.util.Set<String> mediators) {
        for (Sentence s : text.sentences()) {
            boolean negotiations = false;
            for (int t = s.firstToken(); t < s.endToken() && !negotiations; t++) {
                TokenTrie.Match<Cue> m = text.lexicon().cues().longestAt(text.tokens(), t, s.endToken());
                if (m != null && m.values().stream().anyMatch(c -> c.kind().equals("negotiation"))) negotiations = true;
            }
            if (!negotiations) continue;
            java.util.Set<String> sides = new java.util.TreeSet<>();
            for (Ref r : refs) if (r.sentence() == s.index() && !r.locative() && r.country() != null) sides.add(r.country());
            if (sides.stream().anyMatch(mediators::contains)) return List.of();     // those who call for it or sponsor it are no side
            return sides.size() == 2 ? new ArrayList<>(sides) : List.of();
        }
        return List.of();
    }

    /** The country of the last place named after a preposition ("en Syrie") before the sentence, or null. */
    private static String lastPlaceBefore(List<Ref> refs, int sentence) {
        Ref last = null;
        for (Ref r : refs) {
            if (r.sentence() < sentence && r.locative() && r.actor() == null && r.via().equals("name") && (last == null || r.from() > last.from())) last = r;
        }
        return last == null ? null : last.country();
    }

    /** The cue closest to the trigger ("les négociations ont abouti: ils sont convenus d'un cessez-le-feu" is agreed), or null. */
    private static SentenceCues.At nearest(List<SentenceCues.At> found, SentenceCues.TriggerAt trigger) {
        SentenceCues.At best = null;
        int bestGap = Integer.MAX_VALUE;
        for (SentenceCues.At c : found) {
            int gap = c.end() <= trigger.start() ? trigger.start() - c.end() : Math.max(0, c.start() - trigger.end());
            if (gap < bestGap) {
                best = c;
                bestGap = gap;
            }
        }
        return best;
    }

    /** Whether a locative preposition stands right before the reference ("en Ukraine", "in Gaza"). */
    private static boolean afterPreposition(AnalyzedText text, Ref r) {
        if (r.from() == 0) return false;
        TokenTrie.Match<Cue> m = text.lexicon().cues().longestAt(text.tokens(), r.from() - 1, r.from());
        return m != null && m.values().stream().anyMatch(c -> c.kind().equals("locative"));
    }

    private TokenTrie.Match<KnowledgeBase.Place> firstPlace(AnalyzedText text, Sentence s) {
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (!text.tokens().get(t).capitalized()) continue;
            TokenTrie.Match<KnowledgeBase.Place> m = kb.places().longestAt(text.tokens(), t, s.endToken());
            if (m != null) return m;
        }
        return null;
    }

    /** The country the dispatch is mostly about, worked out the first time a truce needs it (most dispatches never ask). */
    private final class Theatre {
        private final AnalyzedText text;
        private final List<Ref> refs;
        private boolean known;
        private String country;

        Theatre(AnalyzedText text, List<Ref> refs) {
            this.text = text;
            this.refs = refs;
        }

        String country() {
            if (!known) {
                country = theatre(text, refs);
                known = true;
            }
            return country;
        }
    }

    /** The country the dispatch is mostly about: most places and country names (people aside), first on a tie. */
    private String theatre(AnalyzedText text, List<Ref> refs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Ref r : refs) if (r.country() != null && r.actor() == null) counts.merge(r.country(), 1, Integer::sum);
        for (TokenTrie.Match<KnowledgeBase.Place> m : kb.places().findAll(text.tokens(), 0, text.tokens().size())) {
            if (text.tokens().get(m.start()).capitalized()) counts.merge(m.values().get(0).country(), 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        }
        return best;
    }

    // ---------------------------------------------------------------- shared

    /** Parties named in the sentence, one per country (a person preferred), venues and topics left out. */
    private static Map<String, Ref> parties(AnalyzedText text, List<Ref> here, SentenceCues cues) {
        Map<String, Ref> out = new LinkedHashMap<>();
        List<SentenceCues.At> topics = cues.all("topic");
        for (Ref r : here) {
            if (r.country() == null || r.locative() || isTopic(r, topics)) continue;
            Ref known = out.get(r.country());
            if (known == null || (known.actor() == null && r.actor() != null)) out.put(r.country(), r);
        }
        return out;
    }

    /** When two or more countries are represented by people, the people are the parties, not the places talked about. */
    private static Map<String, Ref> peopleFirst(Map<String, Ref> parties) {
        Map<String, Ref> people = new LinkedHashMap<>();
        for (Map.Entry<String, Ref> e : parties.entrySet()) if (e.getValue().actor() != null) people.put(e.getKey(), e.getValue());
        return people.size() >= 2 ? people : parties;
    }

    /** "said of the Cuban leader", "à propos de la Syrie": what the parties talk about is not a party. */
    private static boolean isTopic(Ref r, List<SentenceCues.At> topics) {
        for (SentenceCues.At t : topics) if (t.end() <= r.from() && r.from() - t.end() <= 2) return true;
        return false;
    }

    private static void addParty(EventDraft e, Ref r, ParticipantPart part) {
        e.add(r.country(), r.actor(), part);
    }

    private static EventDraft draft(EventType type, EventStatus status, Sentence s, SentenceCues.TriggerAt trigger, DateResolver.Dated dated) {
        EventDraft e = new EventDraft(type, status);
        e.report(s, trigger.surface(), dated);
        return e;
    }

    /**
     * One event per distinct event: same type and countries (and day) merge; a summit or ceasefire report whose
     * countries are a subset of another's is the same summit or truce seen from one side.
     */
    private static List<EventDraft> merge(List<EventDraft> events) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : events) {
            EventDraft same = null;
            for (EventDraft o : out) {
                if (o.type == e.type && o.countries().equals(e.countries()) && o.sameDay(e)) {
                    same = o;
                    break;
                }
            }
            if (same != null) same.absorb(e);
            else out.add(e);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (EventDraft small : out) {
                if (small.type == PHONE_CALL) continue;
                for (EventDraft big : out) {
                    if (big != small && big.type == small.type && big.countries().containsAll(small.countries())
                            && (big.declaredSize == 0 || big.declaredSize == small.countries().size())) {   // a bilateral is not the three-way one
                        big.absorb(small);
                        out.remove(small);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        for (EventDraft e : out) {
            if (e.dateSource == null) e.dateSource = "dispatch";
        }
        return out;
    }
}
