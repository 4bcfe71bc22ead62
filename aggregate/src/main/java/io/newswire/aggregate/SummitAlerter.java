package io.newswire.aggregate;

import io.newswire.core.LogSafe;
import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.aggregate.ProposalSighting;
import io.newswire.schemas.aggregate.SummitAlertHistory;
import io.newswire.schemas.aggregate.SummitAlertState;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Raises a summit alert when a set of participants is proposed to meet and has had no alert within the alert
 * window (event time); a proposal within the window of an alert updates that alert (same id, one more mention).
 * A dispatch version counts once per alert however often it is processed.
 */
final class SummitAlerter implements Processor<String, ProposalSighting, String, SummitAlert> {
    private static final Logger LOG = LoggerFactory.getLogger(SummitAlerter.class);
    private final int windowDays;
    private final int retentionDays;
    private ProcessorContext<String, SummitAlert> context;
    private AggregateMeters meters;
    private KeyValueStore<String, SummitAlertHistory> alerts;

    SummitAlerter(int windowDays, int retentionDays) {
        this.windowDays = windowDays;
        this.retentionDays = retentionDays;
    }

    @Override
    public void init(ProcessorContext<String, SummitAlert> context) {
        this.context = context;
        this.meters = AggregateMeters.from(context.appConfigs());
        this.alerts = context.getStateStore(ContactsTopology.SUMMIT_ALERTS);
    }

    @Override
    public void process(Record<String, ProposalSighting> record) {
        ProposalSighting proposal = record.value();
        String mention = proposal.getDispatchId() + "@" + proposal.getVersion();
        SummitAlertHistory stored = alerts.get(record.key());
        List<SummitAlertState> history = new ArrayList<>(stored == null ? List.of() : stored.getAlerts());

        SummitAlertState nearest = history.stream()
                .filter(s -> Math.abs(ChronoUnit.DAYS.between(s.getDay(), proposal.getDate())) < windowDays)
                .min(Comparator.comparingLong((SummitAlertState s) -> Math.abs(ChronoUnit.DAYS.between(s.getDay(), proposal.getDate())))
                        .thenComparing(SummitAlertState::getDay))
                .orElse(null);
        SummitAlertState next;
        if (nearest == null) {
            next = new SummitAlertState(proposal.getDate(), newAlert(record.key(), proposal), List.of(mention));
            LOG.info("Summit alert {}: {}", next.getAlert().getAlertId(), LogSafe.quote(proposal.getEvidence(), 300));
        } else if (nearest.getMentionedBy().contains(mention)) {
            return;
        } else {
            List<String> mentionedBy = new ArrayList<>(nearest.getMentionedBy());
            mentionedBy.add(mention);
            next = new SummitAlertState(nearest.getDay(), mentioned(nearest.getAlert(), proposal), mentionedBy);
            history.remove(nearest);
        }
        history.add(next);
        history.sort(Comparator.comparing(SummitAlertState::getDay));
        long newest = history.get(history.size() - 1).getDay().toEpochDay();
        history.removeIf(s -> s.getDay().toEpochDay() <= newest - retentionDays);
        alerts.put(record.key(), new SummitAlertHistory(history));
        meters.alert(nearest == null);
        context.forward(record.withKey(next.getAlert().getAlertId()).withValue(next.getAlert()));
    }

    private static SummitAlert newAlert(String participantsKey, ProposalSighting proposal) {
        return SummitAlert.newBuilder()
                .setAlertId(participantsKey + "@" + proposal.getDate())
                .setParticipants(proposal.getParticipants()).setActors(proposal.getActors())
                .setHost(proposal.getHost()).setStatus(proposal.getStatus())
                .setEvidence(proposal.getEvidence())
                .setDispatchId(proposal.getDispatchId()).setHeadline(proposal.getHeadline())
                .setFirstSeen(proposal.getPublished())
                .setMentions(1)
                .setLatestDispatchId(proposal.getDispatchId()).setLatestEvidence(proposal.getEvidence())
                .setUpdated(proposal.getPublished())
                .build();
    }

    private static SummitAlert mentioned(SummitAlert alert, ProposalSighting proposal) {
        TreeSet<String> actors = new TreeSet<>(alert.getActors());
        actors.addAll(proposal.getActors());
        Instant updated = proposal.getPublished().isAfter(alert.getUpdated()) ? proposal.getPublished() : alert.getUpdated();
        return SummitAlert.newBuilder(alert)
                .setActors(List.copyOf(actors))
                .setHost(alert.getHost() != null ? alert.getHost() : proposal.getHost())
                .setStatus(proposal.getStatus())
                .setMentions(alert.getMentions() + 1)
                .setLatestDispatchId(proposal.getDispatchId()).setLatestEvidence(proposal.getEvidence())
                .setUpdated(updated)
                .build();
    }
}
