package io.newswire.aggregate.state;

import io.newswire.schemas.ContactCount;
import io.newswire.schemas.aggregate.Contact;
import io.newswire.schemas.aggregate.ContactChange;
import io.newswire.schemas.aggregate.ContactChangeKind;
import io.newswire.schemas.aggregate.ContactSighting;
import io.newswire.schemas.aggregate.ContactSource;

import java.util.Map;
import java.util.TreeMap;

/**
 * The compact forms of the values aggregate keeps in its stores and sends itself by pair. Each kind has its own
 * letter and version: a change of form is a new version, and the store or topic holding it a new name.
 * Fields the Avro records keep only for values of older versions (a report's details, now kept once per dispatch)
 * must be empty: writing one is refused rather than dropped.
 */
public final class StateFormats {
    /** One contact with the dispatches reporting it ({@code contact-reports}). */
    public static final CompactFormat<Contact> CONTACT = new CompactFormat<>("contact", 'C', 1, StateFormats::writeContact, StateFormats::readContact);
    /** A pair's day as the {@code pair-day-counts} store keeps it. */
    public static final CompactFormat<ContactCount> DAY_COUNT = new CompactFormat<>("pair-day count", 'D', 1, StateFormats::writeDayCount, StateFormats::readDayCount);
    /** One change of a contact, sent by pair ({@code contact-changes-by-pair}). */
    public static final CompactFormat<ContactChange> CONTACT_CHANGE = new CompactFormat<>("contact change", 'X', 1, StateFormats::writeChange, StateFormats::readChange);
    /** What aggregate remembers of a dispatch ({@code seen-dispatches}). */
    public static final CompactFormat<SeenDispatch> SEEN_DISPATCH = new CompactFormat<>("seen dispatch", 'S', 1, StateFormats::writeSeen, StateFormats::readSeen);

    private StateFormats() {
    }

    private static void writeContact(CompactWriter out, Contact c) {
        out.writeContactId(c.getContactId());
        out.writeString(c.getType());
        out.writePair(c.getPair());
        out.writeDate(c.getDate());
        out.writeList(c.getActors(), CompactWriter::writeString);
        out.writeList(c.getSources(), StateFormats::writeSource);
        out.writeString(c.getLatestDispatchId());
        out.writeInstant(c.getLatestPublished());
        out.writeString(c.getLatestEvidence());
    }

    private static Contact readContact(CompactReader in) {
        return new Contact(in.readContactId(), in.readString(), in.readPair(), in.readDate(), in.readList(CompactReader::readString),
                in.readList(StateFormats::readSource), in.readString(), in.readInstant(), in.readString());
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

    private static void writeDayCount(CompactWriter out, ContactCount c) {
        out.writePair(c.getPair());
        if (!c.getPair().equals(c.getCountryA() + "-" + c.getCountryB())) {
            throw new IllegalArgumentException("Countries " + c.getCountryA() + " and " + c.getCountryB() + " are not the pair " + c.getPair());
        }
        out.writeDate(c.getDay());
        out.writeInt(c.getContacts());
        out.writeInt(c.getMentions());
        out.writeList(c.getContactsByType().entrySet(), (o, e) -> {
            o.writeString(e.getKey());
            o.writeInt(e.getValue());
        });
        out.writeInstant(c.getLastContactTime());
        out.writeString(c.getLatestEvidence());
        out.writeList(c.getContactIds(), CompactWriter::writeContactId);
    }

    private static ContactCount readDayCount(CompactReader in) {
        String pair = in.readPair();
        var day = in.readDate();
        int contacts = in.readInt();
        int mentions = in.readInt();
        Map<String, Integer> byType = new TreeMap<>();
        in.readList(r -> {
            String type = r.readString();
            byType.put(type, r.readInt());
            return type;
        });
        return new ContactCount(pair, pair.substring(0, 3), pair.substring(4), day, contacts, mentions, byType,
                in.readInstant(), in.readString(), in.readList(CompactReader::readContactId));
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
        var published = in.readInstant();
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
