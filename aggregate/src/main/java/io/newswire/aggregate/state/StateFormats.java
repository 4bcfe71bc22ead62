package io.newswire.aggregate.state;

import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.aggregate.Contact;
import io.newswire.schemas.aggregate.ContactChange;
import io.newswire.schemas.aggregate.ContactChangeKind;
import io.newswire.schemas.aggregate.ContactSource;
import io.newswire.schemas.aggregate.SummitAlertHistory;
import io.newswire.schemas.aggregate.SummitAlertState;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The compact forms of the values aggregate keeps in its stores and sends itself by pair, and of its alert histories. Each kind has its own
 * letter and version: a change of form is a new version (an older version's value is refused, never read as this one).
 * Fields the Avro records keep only for values of older versions (a report's source, headline and time, kept once
 * per dispatch) must be empty: writing one is refused rather than dropped.
 */
public final class StateFormats {
    /** One pair's contacts on one day ({@code pair-days}); version 2 keeps each report's sentence and trigger. */
    public static final CompactFormat<PairDay> PAIR_DAY = new CompactFormat<>("pair-day", 'P', 2, StateFormats::writePairDay, StateFormats::readPairDay);
    /** One change of a contact, sent by pair ({@code contact-changes-by-pair}); version 2 withdraws by pair's day. */
    public static final CompactFormat<ContactChange> CONTACT_CHANGE = new CompactFormat<>("contact change", 'X', 2, StateFormats::writeChange, StateFormats::readChange);
    /** What aggregate remembers of a dispatch ({@code seen-dispatches}); version 2 keeps pairs' days, not contacts. */
    public static final CompactFormat<SeenDispatch> SEEN_DISPATCH = new CompactFormat<>("seen dispatch", 'S', 2, StateFormats::writeSeen, StateFormats::readSeen);
    /** The recent alerts for one set of participants ({@code summit-alerts}), each with the dispatch versions counted as its mentions. */
    public static final CompactFormat<SummitAlertHistory> SUMMIT_ALERT_HISTORY = new CompactFormat<>("summit alert history", 'A', 1,
            StateFormats::writeAlertHistory, StateFormats::readAlertHistory);
    /** Marks a contact whose latest report is not one of its reports any more (its dispatch withdrew it): kept in full. */
    private static final int LATEST_KEPT_APART = -1;

    private StateFormats() {
    }

    /** The pair and day once, then each contact without them; its latest report's dispatch and sentence by the report's place when they are one of its reports. */
    private static void writePairDay(CompactWriter out, PairDay day) {
        out.writePair(day.pair());
        out.writeDate(day.day());
        out.writeList(day.contacts(), (o, c) -> {
            o.writeContactId(c.getContactId());
            o.writeString(c.getType());
            o.writeList(c.getActors(), CompactWriter::writeString);
            o.writeList(c.getSources(), StateFormats::writeSource);
            int latest = latestReport(c);
            o.writeInt(latest);
            if (latest == LATEST_KEPT_APART) {
                o.writeString(c.getLatestDispatchId());
                o.writeString(c.getLatestEvidence());
            }
            o.writeInstant(c.getLatestPublished());
        });
    }

    private static PairDay readPairDay(CompactReader in) {
        String pair = in.readPair();
        LocalDate day = in.readDate();
        return new PairDay(pair, day, in.readList(r -> {
            String id = r.readContactId();
            String type = r.readString();
            List<String> actors = r.readList(CompactReader::readString);
            List<ContactSource> sources = r.readList(StateFormats::readSource);
            int latest = r.readInt();
            if (latest < LATEST_KEPT_APART || latest >= sources.size()) {
                throw new IllegalArgumentException("Latest report " + latest + " of contact " + id + " with " + sources.size() + " reports");
            }
            String latestDispatch = latest == LATEST_KEPT_APART ? r.readString() : sources.get(latest).getDispatchId();
            String latestEvidence = latest == LATEST_KEPT_APART ? r.readString() : sources.get(latest).getEvidence();
            return new Contact(id, type, pair, day, actors, sources, latestDispatch, r.readInstant(), latestEvidence);
        }));
    }

    /** The place of the report that is the contact's latest (same dispatch, same sentence), or {@link #LATEST_KEPT_APART}. */
    private static int latestReport(Contact c) {
        List<ContactSource> sources = c.getSources();
        for (int i = 0; c.getLatestDispatchId() != null && i < sources.size(); i++) {
            if (sources.get(i).getDispatchId().equals(c.getLatestDispatchId()) && Objects.equals(sources.get(i).getEvidence(), c.getLatestEvidence())) {
                return i;
            }
        }
        return LATEST_KEPT_APART;
    }

    private static void writeSource(CompactWriter out, ContactSource s) {
        requireEmpty("a contact's report", "its dispatch's source, headline and time are kept once per dispatch", s.getSource(), s.getHeadline(), s.getPublished());
        out.writeString(s.getDispatchId());
        out.writeInt(s.getVersion());
        out.writeInt(s.getMentions());
        out.writeString(s.getEvidence());
        out.writeString(s.getTrigger());
    }

    private static ContactSource readSource(CompactReader in) {
        return new ContactSource(in.readString(), in.readInt(), in.readInt(), null, null, null, in.readString(), in.readString());
    }

    /** A report carries the contact and its sentence; a withdrawal only the dispatch version and the pair's day it leaves. */
    private static void writeChange(CompactWriter out, ContactChange c) {
        requireEmpty("a contact change", "its dispatch's source and headline are kept once per dispatch", c.getSource(), c.getHeadline());
        boolean reported = switch (c.getKind()) {
            case REPORTED -> true;
            case WITHDRAWN -> false;
        };
        out.writeBoolean(reported);
        out.writeString(c.getDispatchId());
        out.writeInt(c.getVersion());
        out.writePair(c.getPair());
        out.writeDate(c.getDate());
        if (!reported) {
            requireEmpty("a withdrawal", "it names a pair's day, not a contact", c.getPublished(), c.getEvidence(), c.getTrigger(), c.getContactId(), c.getType(), c.getActors().isEmpty() ? null : c.getActors());
            if (!c.getEndsDay()) {
                throw new IllegalArgumentException("a withdrawal always ends the dispatch's changes for the day");
            }
            return;
        }
        out.writeInstant(c.getPublished());
        out.writeString(c.getEvidence());
        out.writeString(c.getTrigger());
        out.writeContactId(c.getContactId());
        out.writeString(c.getType());
        out.writeList(c.getActors(), CompactWriter::writeString);
        out.writeBoolean(c.getEndsDay());
    }

    private static ContactChange readChange(CompactReader in) {
        boolean reported = in.readBoolean();
        String dispatchId = in.readString();
        int version = in.readInt();
        String pair = in.readPair();
        LocalDate date = in.readDate();
        if (!reported) {
            return new ContactChange(ContactChangeKind.WITHDRAWN, dispatchId, version, null, null, null, null, null, null, null, pair, date, List.of(), true);
        }
        return new ContactChange(ContactChangeKind.REPORTED, dispatchId, version, in.readInstant(), in.readString(), in.readString(), null, null,
                in.readContactId(), in.readString(), pair, date, in.readList(CompactReader::readString), in.readBoolean());
    }

    /** Each reported pair's day with its date as days from the first reference date (one byte, mostly). */
    private static void writeSeen(CompactWriter out, SeenDispatch d) {
        out.writeInt(d.version());
        out.writeDate(d.firstReferenceDate());
        out.writeBoolean(d.firstReferenceTrusted());
        out.writeString(d.source());
        out.writeString(d.headline());
        out.writeInstant(d.published());
        long base = d.firstReferenceDate().toEpochDay();
        out.writeList(d.reportedDays(), (o, day) -> {
            o.writePair(day.pair());
            o.writeInt(Math.toIntExact(day.day().toEpochDay() - base));
        });
    }

    private static SeenDispatch readSeen(CompactReader in) {
        int version = in.readInt();
        LocalDate first = in.readDate();
        return new SeenDispatch(version, first, in.readBoolean(), in.readString(), in.readString(), in.readInstant(),
                in.readList(r -> new ReportedPairDay(r.readPair(), first.plusDays(r.readInt()))));
    }

    /** Each alert field by field (the participants key is the record's), its day as an epoch day, its mentions as strings. */
    private static void writeAlertHistory(CompactWriter out, SummitAlertHistory history) {
        out.writeList(history.getAlerts(), (o, state) -> {
            o.writeDate(state.getDay());
            SummitAlert a = state.getAlert();
            o.writeString(a.getAlertId());
            o.writeList(a.getParticipants(), CompactWriter::writeString);
            o.writeList(a.getActors(), CompactWriter::writeString);
            o.writeString(a.getHost());
            o.writeString(a.getStatus());
            o.writeString(a.getEvidence());
            o.writeString(a.getDispatchId());
            o.writeString(a.getHeadline());
            o.writeInstant(a.getFirstSeen());
            o.writeInt(a.getMentions());
            o.writeString(a.getLatestDispatchId());
            o.writeString(a.getLatestEvidence());
            o.writeInstant(a.getUpdated());
            o.writeList(state.getMentionedBy(), CompactWriter::writeString);
        });
    }

    private static SummitAlertHistory readAlertHistory(CompactReader in) {
        return new SummitAlertHistory(in.readList(r -> {
            LocalDate day = r.readDate();
            SummitAlert alert = new SummitAlert(r.readString(), r.readList(CompactReader::readString), r.readList(CompactReader::readString),
                    r.readString(), r.readString(), r.readString(), r.readString(), r.readString(), r.readInstant(), r.readInt(),
                    r.readString(), r.readString(), r.readInstant());
            return new SummitAlertState(day, alert, r.readList(CompactReader::readString));
        }));
    }

    private static void requireEmpty(String what, String why, Object... details) {
        for (Object detail : details) {
            if (detail != null) {
                throw new IllegalArgumentException(what + " carries " + detail + ": " + why);
            }
        }
    }
}
