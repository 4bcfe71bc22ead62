package io.newswire.aggregate;

import io.newswire.schemas.DispatchRef;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import io.newswire.schemas.EventType;
import io.newswire.schemas.aggregate.ProposalSighting;
import org.apache.kafka.streams.KeyValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The summit proposals a dispatch reports, keyed by their participants ({@code RUS-UKR-USA}). */
final class SummitProposals {
    private SummitProposals() {
    }

    static List<KeyValue<String, ProposalSighting>> in(ReceivedDispatch received) {
        EnrichedDispatch enriched = received.dispatch();
        DispatchRef dispatch = enriched.getDispatch();
        Instant published = received.times().published();
        List<KeyValue<String, ProposalSighting>> proposals = new ArrayList<>();
        for (Event event : enriched.getEvents()) {
            List<String> participants = Parties.countriesOf(event);
            if (!EventType.SUMMIT_PROPOSAL.wireName().equals(event.getType()) || participants.size() < 2) {
                continue;
            }
            String evidence = ContactReader.firstSentence(event);
            ProposalSighting sighting = ProposalSighting.newBuilder()
                    .setParticipants(participants)
                    .setActors(List.copyOf(new TreeSet<>(event.getActors())))
                    .setHost(Parties.hostOf(event))
                    .setStatus(event.getStatus())
                    .setEvidence(evidence == null ? "" : evidence)
                    .setDate(event.getDate())
                    .setDispatchId(dispatch.getId()).setVersion(dispatch.getVersion())
                    .setHeadline(dispatch.getHeadline()).setPublished(published)
                    .build();
            proposals.add(KeyValue.pair(String.join("-", participants), sighting));
        }
        return proposals;
    }
}
