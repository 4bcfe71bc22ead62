package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ceasefires: "un cessez-le-feu est entré en vigueur à Idleb", "France called for a ceasefire in Gaza". The status
 * comes from the closest status cue; sponsors, negotiators named apart, speakers and who calls for it are mediators;
 * with no side named, the truce is placed where the dispatch says it applies.
 */
final class CeasefireRule extends EventRule {

    private final KnowledgeBase kb;

    CeasefireRule(KnowledgeBase kb) {
        super(EventType.CEASEFIRE);
        this.kb = kb;
    }

    @Override
    List<EventDraft> read(SentenceReading s) {
        AnalyzedText text = s.text();
        CueIndex cues = s.cues();
        CueIndex.TriggerAt trigger = cues.trigger(type());
        CueIndex.At statusCue = cues.nearest(CueKind.CEASEFIRE_STATUS, trigger.start(), trigger.end());
        EventStatus status = statusCue != null ? statusCue.cue().status() : trigger.trigger().status();
        EventDraft truce = EventDraft.reported(type(), status, s, trigger);
        TokenTrie.Match<KnowledgeBase.Place> place = firstPlace(text, s.sentence());
        if (place != null) {
            truce.location = text.surface(place.start(), place.end());
            truce.add(place.values().get(0).country(), null, ParticipantPart.LOCATION);
        } else {
            for (Ref r : s.here()) {                                // "un cessez-le-feu en Ukraine"
                if (r.locative() && r.country() != null && r.actor() == null && r.via().equals("name") && afterPreposition(text, r)) {
                    truce.location = text.surface(r.from(), r.to());
                    truce.add(r.country(), null, ParticipantPart.LOCATION);
                    break;
                }
            }
        }
        EventDraft known = null;
        for (int i = s.earlier().size() - 1; i >= 0 && known == null; i--) if (s.earlier().get(i).type == type()) known = s.earlier().get(i);
        if (known != null && known.fromTheatre) {
            truce.fromTheatre = false;                          // the first report only guessed the country: this one says it
            known.parties.clear();
            known.fromTheatre = false;
            if (known.location == null) known.location = truce.location;
            for (EventDraft.Party p : truce.parties.values()) known.add(p.country(), p.actor(), p.part());
            known = null;
        }
        if (known != null && (truce.location == null || known.countries().containsAll(truce.countries()))) {
            known.report(s.sentence(), trigger.surface(), s.dated());       // another report of the truce already read
            return List.of();
        }
        addSides(s, trigger, truce);
        if (truce.countries().isEmpty() && cues.has(CueKind.REGION)) {      // "un cessez-le-feu dans la région": the country last placed
            String last = lastPlaceBefore(s.refs(), s.sentence().index());
            if (last != null) truce.add(last, null, ParticipantPart.LOCATION);
        }
        if (truce.countries().isEmpty()) {                       // "l'appel ... en faveur d'un cessez-le-feu": the sides negotiating, else the theatre
            List<String> sides = negotiatingSides(text, s.refs(), truce.parties.keySet());
            String theatreCountry = sides.isEmpty() ? s.theatre().country() : null;
            for (String side : theatreCountry != null ? List.of(theatreCountry) : sides) truce.add(side, null, ParticipantPart.LOCATION);
            truce.fromTheatre = !truce.countries().isEmpty();
        }
        return truce.countries().isEmpty() ? List.of() : List.of(truce);
    }

    /**
     * The states named in the sentence: sides, or mediators when they sponsor it, negotiated it for sides named apart
     * ("négociée par l'Egypte entre Israël et le Hamas"), report it, call for it or mediated it.
     */
    private static void addSides(SentenceReading s, CueIndex.TriggerAt trigger, EventDraft truce) {
        CueIndex cues = s.cues();
        CueIndex.At sponsor = cues.first(CueKind.SPONSOR);
        CueIndex.At speaker = cues.first(CueKind.SPEAKER);
        List<CueIndex.At> calls = cues.all(CueKind.CEASEFIRE_STATUS).stream().filter(c -> c.cue().status() == EventStatus.CALLED_FOR).toList();
        List<CueIndex.At> mediatedBy = cues.all(CueKind.SPONSOR_AFTER);
        // "un cessez-le-feu négocié par Moscou et Ankara": who negotiated it with each other are its parties, unless
        // the sides are named apart ("négociée par l'Egypte entre Israël et le Hamas")
        CueIndex.At negotiator = cues.first(CueKind.NEGOTIATOR);
        int sidesAt = sidesNamedAt(cues, trigger, s.here());
        for (Ref r : Parties.of(s.here(), cues).values()) {
            boolean sponsoring = (sponsor != null && r.from() >= sponsor.start())
                    || (negotiator != null && r.from() >= negotiator.start() && r.from() < sidesAt);
            boolean speaking = speaker != null && r.from() >= speaker.start();
            boolean requester = calls.stream().anyMatch(c -> r.to() <= c.start());
            boolean mediator = mediatedBy.stream().anyMatch(c -> c.start() == r.to());
            truce.add(r, sponsoring || speaking || requester || mediator ? ParticipantPart.MEDIATOR : ParticipantPart.PARTICIPANT);
        }
    }

    /**
     * Where a "between"/"entre" cue after the truce trigger names its sides (a state right after it, and not the
     * "entre" of another event, "un sommet entre Poutine et Erdogan", nor a folded "entré en vigueur"), or -1.
     */
    private static int sidesNamedAt(CueIndex cues, CueIndex.TriggerAt trigger, List<Ref> here) {
        for (CueIndex.At b : cues.all(CueKind.BETWEEN)) {
            if (b.start() < trigger.end()) continue;
            if (here.stream().noneMatch(r -> r.country() != null && r.from() >= b.end() && r.from() - b.end() <= Reach.ADJACENT)) continue;
            boolean ofOther = false;
            for (CueIndex.TriggerAt t : cues.triggers()) if (t != trigger && t.end() <= b.start() && b.start() - t.end() <= Reach.NEXT) ofOther = true;
            if (!ofOther) return b.start();
        }
        return -1;
    }

    /**
     * The two states whose negotiations the dispatch reports ("des négociations directes entre Moscou et Kiev"): the
     * non-venue countries of its first sentence that speaks of negotiations, when they are exactly two and neither
     * sponsors or calls for the truce; else none.
     */
    private static List<String> negotiatingSides(AnalyzedText text, List<Ref> refs, Set<String> mediators) {
        for (Sentence s : text.sentences()) {
            if (text.lexicon().firstCue(text, s.firstToken(), s.endToken(), CueKind.NEGOTIATION) < 0) continue;
            Set<String> sides = new TreeSet<>();
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

    /** Whether a locative preposition stands right before the reference ("en Ukraine", "in Gaza"). */
    private static boolean afterPreposition(AnalyzedText text, Ref r) {
        return text.lexicon().cueEndsAt(text, r.from(), CueKind.LOCATIVE, 1);
    }

    private TokenTrie.Match<KnowledgeBase.Place> firstPlace(AnalyzedText text, Sentence s) {
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (!text.tokens().get(t).capitalized()) continue;
            TokenTrie.Match<KnowledgeBase.Place> m = kb.places().longestAt(text.tokens(), t, s.endToken());
            if (m != null) return m;
        }
        return null;
    }
}
