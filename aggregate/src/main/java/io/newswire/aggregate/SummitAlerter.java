package io.newswire.aggregate;

import io.newswire.core.LogSafe;
import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.aggregate.ProposalSighting;
import io.newswire.schemas.aggregate.SummitAlertHistory;
import io.newswire.schemas.aggregate.SummitAlertState;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Raises a summit alert when a set of participants is proposed to meet and has had no alert within the alert
 * window (event time); a proposal within the window of an alert updates that alert (same id, one more mention).
 * A dispatch version counts once per alert however often it is processed.
 * <p>
 * Each alert is kept under its own key in {@code summit-alerts}, its id ({@link #alertKey}), so that a proposal reads
 * the alerts of its window and writes one, not its participants' whole history. Alerts more than the retention before
 * the participants' newest are dropped when a newer one is raised (only a new alert moves the newest). A history an
 * older version kept under the participants key alone is split into those keys when the participants are next proposed.
 */
final class SummitAlerter implements Processor<String, ProposalSighting, String, SummitAlert> {
    private static final Logger LOG = LoggerFactory.getLogger(SummitAlerter.class);
    /** Between the participants and the day in an alert's key and id; sorts after the '-' joining the participants. */
    private static final char DAY_SEPARATOR = '@';
    private static final StringSerializer KEYS = new StringSerializer();
    private final int windowDays;
    private final int retentionDays;
    private ProcessorContext<String, SummitAlert> context;
    private AggregateMeters meters;
    private KeyValueStore<String, SummitAlertHistory> alerts;
    /** Participants whose key alone this task has looked up (only an older version writes it), so that it costs a read once. */
    private final Set<String> olderHistoryChecked = new HashSet<>();

    SummitAlerter(int windowDays, int retentionDays) {
        this.windowDays = windowDays;
        this.retentionDays = retentionDays;
    }

    /**
     * An alert's id and key: {@code RUS-TUR-UKR@2025-02-21}, the participants and the day it was raised. A set of
     * participants' alerts sort by day (ISO dates), after any key of theirs alone and apart from a larger set's.
     */
    static String alertKey(String participants, LocalDate day) {
        return participants + DAY_SEPARATOR + day;
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
        String participants = record.key();
        splitOlderHistory(participants);
        String mention = proposal.getDispatchId() + "@" + proposal.getVersion();
        KeyValue<String, SummitAlertState> nearest = nearest(participants, proposal.getDate());
        SummitAlertState next;
        if (nearest == null) {
            next = new SummitAlertState(proposal.getDate(), newAlert(participants, proposal), List.of(mention));
            LOG.info("Summit alert {}: {}", next.getAlert().getAlertId(), LogSafe.quote(proposal.getEvidence(), 300));
            keepWithinRetention(participants, next);
        } else if (nearest.value.getMentionedBy().contains(mention)) {
            return;
        } else {
            List<String> mentionedBy = new ArrayList<>(nearest.value.getMentionedBy());
            mentionedBy.add(mention);
            next = new SummitAlertState(nearest.value.getDay(), mentioned(nearest.value.getAlert(), proposal), mentionedBy);
            alerts.put(nearest.key, alone(next));
        }
        meters.alert(nearest == null);
        context.forward(record.withKey(next.getAlert().getAlertId()).withValue(next.getAlert()));
    }

    /** The participants' alert nearest the day within the window (the earlier of two as near), with its key; null if none. */
    private KeyValue<String, SummitAlertState> nearest(String participants, LocalDate day) {
        KeyValue<String, SummitAlertState> nearest = null;
        long nearestDistance = Long.MAX_VALUE;
        try (KeyValueIterator<String, SummitAlertHistory> window = alerts.range(
                alertKey(participants, day.minusDays(windowDays - 1L)), alertKey(participants, day.plusDays(windowDays - 1L)))) {
            while (window.hasNext()) {
                KeyValue<String, SummitAlertHistory> entry = window.next();
                for (SummitAlertState state : entry.value.getAlerts()) {
                    long distance = Math.abs(ChronoUnit.DAYS.between(state.getDay(), day));
                    // Keys come by day, so the first of two as near is the earlier.
                    if (distance < windowDays && distance < nearestDistance) {
                        nearest = KeyValue.pair(entry.key, state);
                        nearestDistance = distance;
                    }
                }
            }
        }
        return nearest;
    }

    /**
     * Keeps a new alert with the participants' others, dropping those (the new one too) on or before the newest's day
     * less the retention: what a history kept whole dropped each time it grew.
     */
    private void keepWithinRetention(String participants, SummitAlertState raised) {
        List<KeyValue<String, LocalDate>> kept = new ArrayList<>();
        LocalDate newest = raised.getDay();
        try (KeyValueIterator<String, SummitAlertHistory> all = alerts.prefixScan(participants + DAY_SEPARATOR, KEYS)) {
            while (all.hasNext()) {
                KeyValue<String, SummitAlertHistory> entry = all.next();
                for (SummitAlertState state : entry.value.getAlerts()) {
                    kept.add(KeyValue.pair(entry.key, state.getDay()));
                    newest = state.getDay().isAfter(newest) ? state.getDay() : newest;
                }
            }
        }
        long lastDropped = newest.toEpochDay() - retentionDays;
        kept.stream().filter(k -> k.value.toEpochDay() <= lastDropped).forEach(k -> alerts.delete(k.key));
        if (raised.getDay().toEpochDay() > lastDropped) {
            alerts.put(raised.getAlert().getAlertId(), alone(raised));
        }
    }

    /** Splits a history an older version kept under the participants key alone into one key per alert. */
    private void splitOlderHistory(String participants) {
        if (!olderHistoryChecked.add(participants)) {
            return;
        }
        SummitAlertHistory older = alerts.get(participants);
        if (older == null) {
            return;
        }
        older.getAlerts().forEach(state -> alerts.put(alertKey(participants, state.getDay()), alone(state)));
        alerts.delete(participants);
        LOG.info("Summit alerts of {} kept whole by an older version: {} now kept one by one", participants, older.getAlerts().size());
    }

    private static SummitAlertHistory alone(SummitAlertState state) {
        return new SummitAlertHistory(List.of(state));
    }

    private static SummitAlert newAlert(String participants, ProposalSighting proposal) {
        return SummitAlert.newBuilder()
                .setAlertId(alertKey(participants, proposal.getDate()))
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
