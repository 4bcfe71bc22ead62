package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A meeting a sentence names as held before the event of its clause, with its own date: "their first call since the
 * Geneva summit in June", "eight months after their first summit in Singapore", "au lendemain de son sommet avec
 * Poutine", "since the Oval Office meeting on Feb. 28". It took place, on the day its own words give, and is another
 * meeting than the one its clause reports. A phrase that gives no date of its own ("after talks in Moscow") is left to
 * the clause; a summit called off or only planned ("since the cancelled summit", "a planned Moscow summit") held none.
 */
final class EarlierMeetings {

    /** From an earlier cue to the meeting word it governs ("since the Oval Office meeting", "after he co-chaired a summit"). */
    private static final int CUE_TO_MEETING = 6;
    /** After the meeting word, where its own date stands ("the Oval Office meeting between Trump and Zelensky on Feb. 28"). */
    private static final int MEETING_TO_DATE = 10;
    /** Before an earlier cue, where the length of the gap stands ("eight months after", "un an et demi après"). */
    private static final int LENGTH_BEFORE_CUE = 4;

    /** From "their" / "leur" to the meeting word it owns ("their first informal summit"). */
    private static final int OWNER_TO_MEETING = 3;
    /** From "their" / "leur" to the earlier cue after the event it counts ("their first face-to-face talks since"). */
    private static final int OWNERS_TO_CUE = 5;

    private EarlierMeetings() {
    }

    /**
     * "met Chinese President Xi Jinping ..., a year after their summit in Bali", "a reçu Xi Jinping, un an après leur
     * rencontre à Canton": an earlier meeting a plural possessive owns is owned by every side of the meeting its clause
     * told just before (the last read in the sentence), not by that meeting's subject alone; a place named with its noun
     * is where it was held, no side ("leur rencontre d'Astana", "their Helsinki summit"). Its venue keeps its part: a side
     * at home there is the host.
     */
    static void ownedByBoth(SentenceReading s, Frame frame, MeetingSides earlier, List<EventDraft> read) {
        if (read.isEmpty()) return;
        CueIndex.At owners = s.cues().before(CueKind.OWNERS, frame.trigger().start(), OWNER_TO_MEETING);
        if (owners == null) return;
        EventDraft told = read.get(read.size() - 1);
        if (told.type != EventType.MEETING || told.heldBefore) return;
        Map<String, MeetingSides.Side> sides = new LinkedHashMap<>();
        String venue = earlier.venueCountry;
        for (MeetingSides.Side side : earlier.sides.values()) {
            if (side.ref() == null || namesItsPlace(s, owners, frame.trigger(), side.ref())) {
                if (venue == null) venue = side.country();
                continue;
            }
            sides.put(side.country(), side);
        }
        if (sides.size() >= 2 && sides.size() == earlier.sides.size()) return;      // sides of its own, no place among them
        for (EventDraft.Party p : told.parties.values()) {
            if (p.part() != ParticipantPart.LOCATION) sides.putIfAbsent(p.country(), new MeetingSides.Side(p.country(), null, ParticipantPart.PARTICIPANT));
        }
        if (sides.size() < 2) return;
        String host = sides.containsKey(venue) ? venue : null;
        earlier.sides.clear();
        for (MeetingSides.Side side : sides.values()) {
            ParticipantPart part = host == null ? ParticipantPart.PARTICIPANT : Objects.equals(side.country(), host) ? ParticipantPart.HOST : ParticipantPart.VISITOR;
            earlier.sides.put(side.country(), new MeetingSides.Side(side.country(), side.ref(), part));
        }
        earlier.hostCountry = host;
        earlier.venueCountry = venue;
        earlier.mode = host != null ? MeetingSides.Mode.VISIT : venue != null ? MeetingSides.Mode.THIRD_PLACE : MeetingSides.Mode.UNPLACED;
    }

    /**
     * "received Zelenskiy in Berlin on Sunday, a day after his talks with Meloni in Rome", "a reçu Zelensky à l'Elysée,
     * quelques heures après sa visite à Berlin": an earlier meeting a singular possessive owns, after a reception told just
     * before (the last meeting read in the sentence, with a host), is the guest's, who travels: the host and whoever
     * received with him give way to the guests. Not when the earlier meeting was held in the host's own country ("welcomed
     * Zelenskiy to the White House, a week after his talks with Stubb in Washington": the host's), nor when the host is
     * not among its sides (the subject is the guest: "met Scholz in Berlin, a day after his talks with Meloni"). A planned
     * reception is a summit proposal and reaches no rule here ("doit recevoir Zelensky, au lendemain de son sommet avec
     * Poutine en Alaska").
     */
    static void ownedByTheGuest(SentenceReading s, Frame frame, MeetingSides earlier, List<EventDraft> read) {
        if (s.cues().before(CueKind.OWNER, frame.trigger().start(), OWNER_TO_MEETING) == null) return;
        EventDraft told = toldHere(s, read);
        if (told == null || told.type != EventType.MEETING || told.heldBefore) return;
        String host = null;
        for (EventDraft.Party p : told.parties.values()) if (p.part() == ParticipantPart.HOST) host = p.country();
        if (host == null || !earlier.sides.containsKey(host) || host.equals(earlier.venueCountry) || host.equals(earlier.hostCountry)) return;
        Map<String, MeetingSides.Side> sides = new LinkedHashMap<>();
        for (MeetingSides.Side side : earlier.sides.values()) if (!told.parties.containsKey(side.country())) sides.put(side.country(), side);
        for (EventDraft.Party p : told.parties.values()) {
            if (p.part() == ParticipantPart.VISITOR && !earlier.sides.containsKey(p.country())) sides.put(p.country(), new MeetingSides.Side(p.country(), null, p.part()));
        }
        if (sides.size() < 2) return;
        earlier.sides.clear();
        for (MeetingSides.Side side : sides.values()) {
            ParticipantPart part = earlier.hostCountry == null ? ParticipantPart.PARTICIPANT : Objects.equals(side.country(), earlier.hostCountry) ? ParticipantPart.HOST : ParticipantPart.VISITOR;
            earlier.sides.put(side.country(), new MeetingSides.Side(side.country(), side.ref(), part));
        }
    }

    /**
     * "their first call since the Geneva summit in June", "leur première rencontre depuis le sommet de Hanoï": an earlier
     * meeting whose phrase names no one, only its place or its room, counted by "their ... since" / "leur ... depuis"
     * from the meeting or call its clause told, is a meeting of that event's sides; the place is where it was held (a
     * side at home there hosts). Not when the phrase names someone ("since his talks with Meloni"), nor when the event
     * counted from has fewer than two sides ("his first testimony since the Helsinki summit").
     */
    static void countedFrom(SentenceReading s, Frame frame, MeetingSides earlier, List<EventDraft> read) {
        CueIndex.At cue = earlierCue(s.cues(), s.clauses(), frame.trigger());
        if (cue == null || s.cues().before(CueKind.OWNERS, cue.start(), OWNERS_TO_CUE) == null) return;
        int end = phraseEnd(s.clauses(), frame.trigger());
        java.util.Set<String> counted = countedSides(s, cue, read);
        if (counted.size() < 2) return;
        String place = earlier.venueCountry;
        for (MeetingSides.Side side : earlier.sides.values()) {
            io.newswire.enrich.tagger.entities.Ref r = side.ref();
            boolean inPhrase = r != null && r.sentence() == s.sentence().index() && r.from() >= cue.end() && r.from() < end;
            if (!inPhrase && counted.contains(side.country())) continue;                 // the clause's subject, which the frame gave
            if (!inPhrase || r.actor() != null) return;                                  // "since his talks with Meloni"
            if (place == null) place = side.country();
        }
        String host = counted.contains(place) ? place : null;
        earlier.sides.clear();
        for (String country : counted) {
            ParticipantPart part = host == null ? ParticipantPart.PARTICIPANT : country.equals(host) ? ParticipantPart.HOST : ParticipantPart.VISITOR;
            earlier.sides.put(country, new MeetingSides.Side(country, null, part));
        }
        earlier.hostCountry = host;
        earlier.venueCountry = place;
        earlier.mode = host != null ? MeetingSides.Mode.VISIT : place != null ? MeetingSides.Mode.THIRD_PLACE : MeetingSides.Mode.UNPLACED;
    }

    /**
     * The states of the event an earlier meeting is counted from: the meeting the sentence read last, else the call
     * told before the earlier cue ("held a video call on Tuesday, their first conversation since").
     */
    private static java.util.Set<String> countedSides(SentenceReading s, CueIndex.At cue, List<EventDraft> read) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (!read.isEmpty() && read.get(read.size() - 1).type == EventType.MEETING && !read.get(read.size() - 1).heldBefore) {
            for (EventDraft.Party p : read.get(read.size() - 1).parties.values()) if (p.part() != ParticipantPart.LOCATION) out.add(p.country());
            return out;
        }
        CueIndex.TriggerAt call = null;
        for (CueIndex.TriggerAt t : s.cues().triggers()) if (t.type() == EventType.PHONE_CALL && t.end() <= cue.start()) call = t;
        if (call == null) return out;
        Frame callFrame = s.frame(call);
        if (TalkMedium.notACall(s, callFrame)) return out;
        for (io.newswire.enrich.tagger.entities.Ref r : callFrame.sides()) if (r.country() != null && !"-".equals(r.country())) out.add(r.country());
        return out;
    }

    /**
     * The meeting the sentence told last: the last read in it, or one told before that this sentence reported again (a
     * headline's reception that the lead retells), or null.
     */
    private static EventDraft toldHere(SentenceReading s, List<EventDraft> read) {
        if (!read.isEmpty()) return read.get(read.size() - 1);
        for (int i = s.earlier().size() - 1; i >= 0; i--) {
            EventDraft e = s.earlier().get(i);
            for (EventDraft.Report r : e.reports) if (r.sentence().index() == s.sentence().index()) return e;
        }
        return null;
    }

    /**
     * Whether a reference is the place a possessed meeting noun names with it, not who met: a place that is no one
     * between the possessive and the noun ("their Helsinki summit"), or a capital right after the noun ("leur rencontre
     * d'Astana"); "their talks with Kyiv" names a side.
     */
    private static boolean namesItsPlace(SentenceReading s, CueIndex.At owners, CueIndex.TriggerAt noun, io.newswire.enrich.tagger.entities.Ref r) {
        if (r.actor() != null) return false;
        if (r.from() >= owners.end() && r.to() <= noun.start()) return "capital".equals(r.via()) || "name".equals(r.via());
        return "capital".equals(r.via()) && r.from() >= noun.end() && r.from() - noun.end() <= 1
                && s.cues().within(CueKind.WITH, noun.end(), r.from()).isEmpty();
    }

    /** The earlier cue that governs a meeting trigger ("since the Oval Office meeting", "after their summit"), or null. */
    private static CueIndex.At earlierCue(CueIndex cues, Clauses clauses, CueIndex.TriggerAt trigger) {
        CueIndex.At cue = cues.before(CueKind.EARLIER, trigger.start(), CUE_TO_MEETING);
        if (cue == null || !clauses.together(cue.end(), trigger.start()) || clauses.segmentStart(trigger.start()) > cue.end()) return null;
        return cue;
    }

    /** Where the phrase of an earlier meeting ends: the meeting word, then where its own date stands, within its segment. */
    private static int phraseEnd(Clauses clauses, CueIndex.TriggerAt trigger) {
        return Math.min(clauses.segmentEnd(trigger.end()), trigger.end() + MEETING_TO_DATE);
    }

    /**
     * The token spans [from, to) of the phrases that name a meeting held before ("two weeks after their first meeting in
     * the same city on May 16"): a date in them is that meeting's, not the sentence's.
     */
    static List<int[]> phrases(CueIndex cues, Clauses clauses) {
        List<int[]> out = new java.util.ArrayList<>();
        for (CueIndex.TriggerAt t : cues.triggers()) {
            if (t.type() != EventType.MEETING) continue;
            CueIndex.At cue = earlierCue(cues, clauses, t);
            if (cue != null) out.add(new int[] {cue.start(), phraseEnd(clauses, t)});
        }
        return out;
    }

    /** The date of the earlier meeting a meeting trigger names, or null when it names none. */
    static DateResolver.Dated dateOf(SentenceReading s, Frame frame) {
        CueIndex.TriggerAt trigger = frame.trigger();
        CueIndex.At cue = earlierCue(s.cues(), s.clauses(), trigger);
        if (cue == null) return null;
        if (frame.statusCue() != null && frame.statusCue().start() >= cue.start() && frame.status() != EventStatus.OCCURRED) return null;
        if (!s.cues().within(CueKind.NEGATION, cue.end(), trigger.start()).isEmpty()) return null;
        for (CueIndex.At m : s.cues().within(CueKind.MODALITY, cue.end(), trigger.start())) {
            if (m.cue().status() != EventStatus.OCCURRED) return null;                  // "since Obama called off a planned summit"
        }
        DateResolver.Dated own = DateResolver.inPhrase(s.text(), s.sentence(), cue.end(), phraseEnd(s.clauses(), trigger));
        if (own != null) return own;
        LocalDate of = s.dated() != null ? s.dated().date() : s.text().referenceDate();
        return DateResolver.before(s.text(), s.sentence(), cue.start() - LENGTH_BEFORE_CUE, cue.end(), of);
    }
}
