package io.newswire.enrich;

import io.newswire.schemas.ActorTag;
import io.newswire.schemas.CountryTag;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import io.newswire.schemas.Evidence;
import io.newswire.schemas.Mention;
import io.newswire.schemas.Truncation;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps what enrich emits for one dispatch within its caps, however dense the text: evidence sentences, evidence per
 * event, mentions per actor and country, actors, events, countries per event. What was left out is recorded on the
 * record ({@code truncation}), so a reader knows the lists are not complete.
 */
record EnrichmentCaps(int maxSentenceChars, int maxEvidencePerEvent, int maxMentionsPerTag, int maxActors, int maxEvents, int maxCountriesPerEvent) {
    private static final String ELLIPSIS = "…";

    static EnrichmentCaps of(EnrichConfig config) {
        return new EnrichmentCaps(config.getInt(EnrichConfig.MAX_SENTENCE_CHARS), config.getInt(EnrichConfig.MAX_EVIDENCE_PER_EVENT),
                config.getInt(EnrichConfig.MAX_MENTIONS_PER_TAG), config.getInt(EnrichConfig.MAX_ACTORS),
                config.getInt(EnrichConfig.MAX_EVENTS), config.getInt(EnrichConfig.MAX_COUNTRIES_PER_EVENT));
    }

    /** Applies the caps to the dispatch in place; sets its truncation when anything was left out. */
    void apply(EnrichedDispatch dispatch) {
        Cuts cut = new Cuts();
        List<Event> events = new ArrayList<>();
        for (Event event : dispatch.getEvents()) {
            if (event.getCountries().size() > maxCountriesPerEvent || events.size() == maxEvents) {
                cut.eventsLeftOut++;
                continue;
            }
            event.setEvidence(firstOf(event.getEvidence(), maxEvidencePerEvent, n -> cut.evidenceLeftOut += n));
            for (Evidence evidence : event.getEvidence()) {
                if (evidence.getSentence().length() > maxSentenceChars) {
                    evidence.setSentence(shortened(evidence.getSentence(), maxSentenceChars));
                    cut.sentencesShortened++;
                }
            }
            events.add(event);
        }
        dispatch.setEvents(events);

        dispatch.setActors(firstOf(dispatch.getActors(), maxActors, n -> cut.actorsLeftOut += n));
        for (ActorTag actor : dispatch.getActors()) {
            actor.setMentions(firstMentions(actor.getMentions(), cut));
        }
        for (CountryTag country : dispatch.getCountries()) {
            country.setMentions(firstMentions(country.getMentions(), cut));
        }

        if (cut.sentencesShortened + cut.evidenceLeftOut + cut.mentionsLeftOut + cut.actorsLeftOut + cut.eventsLeftOut > 0) {
            dispatch.setTruncation(truncation(cut));
        }
    }

    /** What was left out of one dispatch, counted as the caps apply; a {@link Truncation} is built only when something was. */
    private static final class Cuts {
        int sentencesShortened;
        int evidenceLeftOut;
        int mentionsLeftOut;
        int actorsLeftOut;
        int eventsLeftOut;
    }

    private Truncation truncation(Cuts cut) {
        return Truncation.newBuilder().setMaxSentenceChars(maxSentenceChars).setMaxEvidencePerEvent(maxEvidencePerEvent)
                .setMaxMentionsPerTag(maxMentionsPerTag).setMaxActors(maxActors).setMaxEvents(maxEvents)
                .setMaxCountriesPerEvent(maxCountriesPerEvent).setSentencesShortened(cut.sentencesShortened)
                .setEvidenceLeftOut(cut.evidenceLeftOut).setMentionsLeftOut(cut.mentionsLeftOut).setActorsLeftOut(cut.actorsLeftOut)
                .setEventsLeftOut(cut.eventsLeftOut).build();
    }

    /** The sentence cut to at most {@code maxChars} characters, at a word boundary when there is one in its second half, ending with an ellipsis. */
    static String shortened(String sentence, int maxChars) {
        int end = maxChars - ELLIPSIS.length();
        int space = sentence.lastIndexOf(' ', end);
        if (space > end / 2) {
            end = space;
        } else if (Character.isHighSurrogate(sentence.charAt(end - 1))) {
            end--;
        }
        return sentence.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private List<Mention> firstMentions(List<Mention> mentions, Cuts cut) {
        return firstOf(mentions, maxMentionsPerTag, n -> cut.mentionsLeftOut += n);
    }

    private static <T> List<T> firstOf(List<T> items, int max, java.util.function.IntConsumer leftOut) {
        if (items.size() <= max) {
            return items;
        }
        leftOut.accept(items.size() - max);
        return new ArrayList<>(items.subList(0, max));
    }
}
