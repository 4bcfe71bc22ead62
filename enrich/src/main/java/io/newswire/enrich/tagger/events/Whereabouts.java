package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.Trigger;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the sides of a conversation that names no medium and no place were, read from the whole dispatch (gold README,
 * "A conversation that names no medium"): together in one side's country when the dispatch is datelined there and the
 * one who talks is of another state ("BEIJING - Blinken spoke with Xi"), or when another sentence tells one side's trip
 * to the other's country ("Modi arrived in Paris on Thursday for a two-day visit"); each in its own capital when the
 * dispatch is datelined in the talker's own state ("PARIS - Macron s'est entretenu avec Pezeshkian").
 */
final class Whereabouts {

    private Whereabouts() {
    }

    /** The state the sides met in, or null when the dispatch does not put them together. */
    static String meetingPlace(SentenceReading s, Frame f, Collection<Ref> sides) {
        Set<String> states = sides.stream().map(Ref::country).collect(Collectors.toSet());
        if (states.size() < 2) return null;
        String dateline = Dateline.country(s.text(), s.refs());
        Set<String> talkers = talkers(f);
        if (dateline != null && states.contains(dateline) && !talkers.isEmpty() && !talkers.contains(dateline)) return dateline;
        return tripTold(s, states);
    }

    /**
     * Whether the dispatch keeps the sides apart: datelined in the state of the one who talks, who alone is the subject
     * ("Emmanuel Macron et Narendra Modi ... leur entretien" may have been held anywhere), with nothing that puts them together.
     */
    static boolean apart(SentenceReading s, Frame f, Collection<Ref> sides) {
        String dateline = Dateline.country(s.text(), s.refs());
        return dateline != null && talkers(f).equals(Set.of(dateline)) && meetingPlace(s, f, sides) == null;
    }

    /**
     * Whether two sides who talk together, both the subject of a talk verb and named in its own sentence ("NEW DELHI -
     * Modi thanked Putin ... when the two leaders spoke on Friday", "Modi and Putin spoke on Friday"), are each in its own
     * capital: datelined in the state of one of them, with nothing that puts them together.
     */
    static boolean apartTogether(SentenceReading s, Frame f, Collection<Ref> sides) {
        String dateline = Dateline.country(s.text(), s.refs());
        if (dateline == null || !s.antecedents().isEmpty()) return false;
        Set<String> states = sides.stream().map(Ref::country).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return states.size() == 2 && states.contains(dateline) && talkers(f).containsAll(states) && meetingPlace(s, f, sides) == null;
    }

    private static Set<String> talkers(Frame f) {
        return f.agents().stream().map(Ref::country).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    /**
     * The state another sentence of the dispatch says one side travelled to, where another side is ("Le président français
     * est arrivé dimanche au Caire"): a trip told as done, a traveller of one side and a place of the other's.
     */
    private static String tripTold(SentenceReading s, Set<String> states) {
        List<Token> tokens = s.text().tokens();
        for (Sentence other : s.text().sentences()) {
            if (other.index() == s.sentence().index() || !tellsATrip(s, other, tokens)) continue;
            CueIndex cues = s.sentenceCues().of(other);
            if (cues.all(CueKind.MODALITY).stream().anyMatch(c -> c.cue().status() != EventStatus.OCCURRED)) continue;
            for (Ref place : s.refs()) {
                if (place.sentence() != other.index() || traveller(place) || !states.contains(place.country())) continue;
                for (Ref who : s.refs()) {
                    if (who.sentence() == other.index() && traveller(who) && states.contains(who.country()) && !Objects.equals(who.country(), place.country())) return place.country();
                }
            }
        }
        return null;
    }

    /** Whether the sentence has a visit word of a trip made ("arrived in", "visit", "est arrivé"). */
    private static boolean tellsATrip(SentenceReading s, Sentence other, List<Token> tokens) {
        for (TokenTrie.Match<Trigger> m : s.text().lexicon().triggers().findAll(tokens, other.firstToken(), other.endToken())) {
            for (Trigger t : m.values()) {
                if (t.type() == EventType.MEETING && t.frame() == TriggerFrame.VISIT && t.status() == EventStatus.OCCURRED) return true;
            }
        }
        return false;
    }

    /** A person or an office, not a place: who travels. */
    private static boolean traveller(Ref r) {
        return r.actor() != null || "role".equals(r.via()) || "coreference".equals(r.via());
    }
}
