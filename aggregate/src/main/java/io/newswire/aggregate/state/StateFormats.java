package io.newswire.aggregate.state;

import io.newswire.schemas.aggregate.Contact;
import io.newswire.schemas.aggregate.ContactChange;
import io.newswire.schemas.aggregate.ContactChangeKind;
import io.newswire.schemas.aggregate.ContactSighting;
import io.newswire.schemas.aggregate.ContactSource;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The compact forms of the values aggregate keeps in its stores and sends itself by pair. Each kind has its own
 * letter and version: a change of form is a new version, and the store or topic holding it a new name.
 * Fields the Avro records keep only for values of older versions (a report's details, now kept once per dispatch)
 * must be empty: writing one is refused rather than dropped.
 */
public final class StateFormats {
    /** One pair's contacts on one day ({@code pair-days}). */
    public static final CompactFormat<PairDay> PAIR_DAY = new CompactFormat<>("pair-day", 'P', 1, StateFormats::writePairDay, StateFormats::readPairDay);
    /** One change of a contact, sent by pair ({@code contact-changes-by-pair}). */
    public static final CompactFormat<ContactChange> CONTACT_CHANGE = new CompactFormat<>("contact change", 'X', 1, StateFormats::writeChange, StateFormats::readChange);
    /** What aggregate remembers of a dispatch ({@code seen-dispatches}). */
    public static final CompactFormat<SeenDispatch> SEEN_DISPATCH = new CompactFormat<>("seen dispatch", 'S', 1, StateFormats::writeSeen, StateFormats::readSeen);

    private StateFormats() {
    }

    /** The pair and day once, then each contact without them. */
    private static void writePairDay(CompactWriter out, PairDay day) {
        out.writePair(day.pair());
        out.writeDate(day.day());
        out.writeList(day.contacts(), (o, c) -> {
            o.writeContactId(c.getContactId());
            o.writeString(c.getType());
            o.writeList(c.getActors(), CompactWriter::writeString);
            o.writeList(c.getSources(), StateFormats::writeSource);
            o.writeString(c.getLatestDispatchId());
            o.writeInstant(c.getLatestPublished());
            o.writeString(c.getLatestEvidence());
        });
    }

    private static PairDay readPairDay(CompactReader in) {
        String pair = in.readPair();
        LocalDate day = in.readDate();
        return new PairDay(pair, day, in.readList(r -> new Contact(r.readContactId(), r.readString(), pair, day, r.readList(CompactReader::readString),
                r.readList(StateFormats::readSource), r.readString(), r.readInstant(), r.readString())));
    }

    private static void writeSource(CompactWriter out, ContactSource s) {
        requireEmpty("a contact's source", s.getSource(), s.getHeadline(), s.getPublished(), s.getEvidence(), s.getTrigger());
        out.writeString(s.getDispatchId());
        out.writeInt(s.getVersion());
        out.writeInt(s.getMentions());
    }

    private static ContactSource readSource(CompactReader in) {
        return new ContactSource(in.readString(), in.readInt(), in.readInt(), null, null, null, null, null);
    }

    private static void writeChange(CompactWriter out, ContactChange c) {
        requireEmpty("a contact change", c.getTrigger(), c.getSource(), c.getHeadline());
        out.writeBoolean(switch (c.getKind()) {
            case REPORTED -> true;
            case WITHDRAWN -> false;
        });
        out.writeString(c.getDispatchId());
        out.writeInt(c.getVersion());
        out.writeInstant(c.getPublished());
        out.writeString(c.getEvidence());
        out.writeContactId(c.getContactId());
        out.writeString(c.getType());
        out.writePair(c.getPair());
        out.writeDate(c.getDate());
        out.writeList(c.getActors(), CompactWriter::writeString);
    }

    private static ContactChange readChange(CompactReader in) {
        ContactChangeKind kind = in.readBoolean() ? ContactChangeKind.REPORTED : ContactChangeKind.WITHDRAWN;
        String dispatchId = in.readString();
        int version = in.readInt();
        Instant published = in.readInstant();
        String evidence = in.readString();
        return new ContactChange(kind, dispatchId, version, published, evidence, null, null, null,
                in.readContactId(), in.readString(), in.readPair(), in.readDate(), in.readList(CompactReader::readString));
    }

    private static void writeSeen(CompactWriter out, SeenDispatch d) {
        out.writeInt(d.version());
        out.writeDate(d.firstReferenceDate());
        out.writeBoolean(d.firstReferenceTrusted());
        out.writeString(d.source());
        out.writeString(d.headline());
        out.writeInstant(d.published());
        out.writeList(d.contacts(), (o, s) -> {
            o.writeContactId(s.getContactId());
            o.writePair(s.getPair());
            o.writeDate(s.getDate());
            o.writeString(s.getEvidence());
            o.writeString(s.getTrigger());
        });
    }

    private static SeenDispatch readSeen(CompactReader in) {
        return new SeenDispatch(in.readInt(), in.readDate(), in.readBoolean(), in.readString(), in.readString(), in.readInstant(),
                in.readList(r -> new ContactSighting(r.readContactId(), r.readPair(), r.readDate(), r.readString(), r.readString())));
    }

    private static void requireEmpty(String what, Object... details) {
        for (Object detail : details) {
            if (detail != null) {
                throw new IllegalArgumentException(what + " carries a report's details, which are kept once per dispatch: " + detail);
            }
        }
    }
}
