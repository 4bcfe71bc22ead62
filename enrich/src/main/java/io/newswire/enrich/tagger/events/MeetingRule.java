package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Meetings in person between officials of two or more states: a visit ("visited Kyiv", "s'est rendu à Kiev"),
 * hosting one ("hosted", "a reçu"), talks at a third place ("met in Helsinki"), a summit that took place. A meeting
 * not held keeps its status (planned, proposed, denied...) and is no contact; when leaders are to meet, it is a
 * summit proposal instead ({@link SummitProposalRule}).
 */
final class MeetingRule extends EventRule {

    private final Leaders leaders;
    private final NounsNamingNoMeeting names;
    private final PairOfStates pairs;

    MeetingRule(KnowledgeBase kb) {
        super(EventType.MEETING);
        this.leaders = new Leaders(kb);
        this.names = new NounsNamingNoMeeting(kb);
        this.pairs = new PairOfStates(kb);
    }

    @Override
    List<EventDraft> read(SentenceReading s) {
        List<EventDraft> out = new ArrayList<>();
        List<NotHeld> notHeld = new ArrayList<>();
        List<SummitOfTheMeeting> summits = new ArrayList<>();
        presentAtTheHost(s);
        for (CueIndex.TriggerAt trigger : MeetingSides.triggers(s)) {
            if (summits.stream().anyMatch(summit -> summit.holds(trigger))) continue;     // "at a summit hosted by X": the summit's own words
            if (SummitOfTheMeeting.hostOfAnOccasion(s, trigger)) continue;               // "on the sidelines of a summit hosted by X"
            if (AppealAtTalks.amongTheAddressed(s, trigger)) continue;                    // "called on Sudan's army and the RSF ..., at the opening of talks"
            if (TalksAtADistance.told(s, trigger)) continue;                             // "WASHINGTON - ... after talks in which he had engaged with"
            if (EarlierOfTheSeries.pronoun(s, trigger)) {              // "(their second summit.) The previous one was held in Singapore in June"
                out.addAll(EarlierOfTheSeries.meeting(s, trigger));
                continue;
            }
            if (names.noMeetingHeld(s, trigger) || ThingObject.takes(s, trigger)) continue;   // "received a letter from"
            if (OwnPeople.takes(s, trigger)) continue;                    // "met with his national security team"
            if (InvitationPhrase.circumstance(s, trigger)) continue;     // "At the invitation of X, Y visited Paris": the visit's, no offer
            Frame frame = s.frame(trigger);
            DateResolver.Dated held = EarlierMeetings.dateOf(s, frame);   // "since the Geneva summit in June": held, on its own day
            if (held == null) held = LaterEvents.heldOn(s, frame);       // "a day before his talks with Putin", told after that day
            CueIndex.TriggerAt trip = held == null ? MeetingSides.tripOf(s, trigger) : null;
            EventStatus status = held != null ? EventStatus.OCCURRED : statusOf(s, frame);
            if (status == EventStatus.OCCURRED && held == null && AgentPhrase.calledOff(s, trigger)) continue;   // "l'annulation par Trump du sommet"
            MeetingSides first = MeetingSides.of(s, frame);
            if (trip != null) first.placeTheTrip(s, trip, trigger);     // "flew to Paris for talks with Lavrov": Paris the venue
            pairs.addTo(s, trigger, first);               // "the two Koreas held talks"
            SpeakerOwner.addTo(s, frame, first);          // "said, after his meeting with Trump at the White House, that"
            HostAtHome.addTo(s, frame, first);            // "à Moscou, sous l'égide de Sergueï Lavrov"
            SummitOfTheMeeting summit = status == EventStatus.OCCURRED && held == null ? SummitOfTheMeeting.of(s, trigger) : null;
            if (summit != null) {                         // "met ... at a summit hosted by Merkel and attended by Hollande"
                summits.add(summit);
                summit.addTo(s, first);
            }
            if (status != EventStatus.OCCURRED) notHeld.add(new NotHeld(frame.clause().index(), status, first.sides.keySet()));
            else if (held == null && !heldBefore(out, first)) status = besideOneNotHeld(notHeld, frame, first, status);
            // "agreed during a phone call on Thursday to hold talks": talks still to come are not the call's own word
            if (held == null && status == EventStatus.OCCURRED && theCallsOwnWord(s, frame, first)) continue;
            if (status != EventStatus.OCCURRED && leaders.meet(s, frame)) continue;        // a summit proposal
            if (anInterview(s, frame)) continue;
            if (held == null && TalksAsBackground.of(s, frame, first)) continue;   // "the decision followed discussions with Britain"
            names.dropPortfolioStates(s, first);
            if (held != null) EarlierMeetings.ownedByBoth(s, frame, first, out);   // "met Xi ..., a year after their summit in Bali"
            if (held != null) EarlierMeetings.ownedByTheGuest(s, frame, first, out);   // "received Zelenskiy, a day after his talks with Meloni"
            if (held != null) EarlierMeetings.countedFrom(s, frame, first, out);      // "their first call since the Geneva summit in June"
            if (held == null && toldBefore(s, frame, first, status)) continue;
            for (MeetingSides sides : first.perDestination(s, frame)) {
                if (sides.sides.size() < 2 || metOneByOne(s, frame, sides)) continue;
                if (held == null && !MeetingSides.theOccasion(s, trigger) && sameMeeting(out, status, sides)) continue;
                EventDraft meeting = draft(status, s, trigger, sides);
                if (held != null) meeting.heldBefore(held);
                meeting.atItsSummit = summit != null;
                out.add(meeting);
            }
        }
        return out;
    }

    /** A meeting the sentence tells as not held (planned, proposed...): its clause, its status and its sides. */
    private record NotHeld(int clause, EventStatus status, java.util.Set<String> sides) {
    }

    /**
     * "would meet Vladimir Putin in Geneva on June 16, their first face-to-face talks since...", "will host X and Y at Camp
     * David, the first time the leaders of the three countries meet": a meeting of the same sides told after one not held
     * in the same clause is that meeting, whose status it takes; an ordinal ("their first") tells no tense of its own.
     */
    private static EventStatus besideOneNotHeld(List<NotHeld> notHeld, Frame frame, MeetingSides sides, EventStatus status) {
        if (sides.sides.size() < 2) return status;
        for (NotHeld n : notHeld) {
            if (n.clause() == frame.clause().index() && n.sides().containsAll(sides.sides.keySet())) return n.status();
        }
        return status;
    }

    /** Whether the sentence has already told a meeting held between these sides ("held talks ..., their first face-to-face meeting"). */
    private static boolean heldBefore(List<EventDraft> read, MeetingSides sides) {
        for (EventDraft e : read) if (e.status == EventStatus.OCCURRED && e.countries().containsAll(sides.sides.keySet())) return true;
        return false;
    }

    /**
     * "spoke for two hours by video link on Tuesday, their first talks since...": a meeting noun told after a call of the
     * same sides in the same clause is the call's own word, no meeting.
     */
    private static boolean theCallsOwnWord(SentenceReading s, Frame frame, MeetingSides sides) {
        CueIndex.TriggerAt noun = frame.trigger();
        if (!noun.trigger().noun() || sides.sides.size() < 2) return false;
        for (CueIndex.TriggerAt call : s.cues().triggers()) {
            if (call.type() != EventType.PHONE_CALL || CueIndex.talk(call) || call.end() > noun.start()) continue;
            Frame callFrame = s.frame(call);
            if (callFrame.clause().index() != frame.clause().index() || TalkMedium.notACall(s, callFrame)) continue;   // "a appelé Xi à ..., lors d'entretiens"
            java.util.Set<String> callSides = new java.util.HashSet<>();
            for (Ref r : callFrame.sides()) if (r.country() != null) callSides.add(r.country());
            if (callSides.containsAll(sides.sides.keySet())) return true;
        }
        return false;
    }

    /** A meeting of these sides, its venue and mode, reported by the trigger. */
    static EventDraft draft(EventStatus status, SentenceReading s, CueIndex.TriggerAt trigger, MeetingSides sides) {
        EventDraft meeting = EventDraft.reported(EventType.MEETING, status, s, trigger);
        for (MeetingSides.Side side : sides.sides.values()) meeting.add(side.country(), side.ref() == null ? null : side.ref().actor(), side.part());
        if (sides.venueCountry != null && !sides.sides.containsKey(sides.venueCountry)) meeting.add(sides.venueCountry, null, ParticipantPart.LOCATION);
        meeting.location = sides.venue;
        meeting.mode = sides.mode;
        return meeting;
    }

    /**
     * "à l'issue de la réunion", "en marge du sommet", "hosted the meeting": a meeting already told, whose sides
     * include these; the report is added to it, and a host named only here joins it ("Saudi Crown Prince Mohammed bin
     * Salman hosted the meeting"); a denial in a later sentence denies it ("a démenti qu'une telle rencontre ait eu lieu").
     */
    private boolean toldBefore(SentenceReading s, Frame frame, MeetingSides sides, EventStatus status) {
        CueIndex.TriggerAt trigger = frame.trigger();
        boolean definite = (trigger.trigger().noun() && s.cues().before(CueKind.DEMONSTRATIVE, trigger.start(), 0) != null) || PhoneCallRule.joins(s, frame);
        CueIndex.TriggerAt object = objectOf(s, trigger);
        if (object != null) definite |= !s.cues().within(CueKind.DEMONSTRATIVE, trigger.end(), object.start()).isEmpty();   // "hosted the three-way talks"
        definite |= momentOfItsPhrase(s, trigger);
        if (!definite || (sides.sides.isEmpty() && status != EventStatus.DENIED)) return false;   // "denied that any such meeting had taken place": no side needed
        for (int i = s.earlier().size() - 1; i >= 0; i--) {
            EventDraft e = s.earlier().get(i);
            if (e.type != type() || e.status != EventStatus.OCCURRED) continue;
            java.util.Set<String> known = e.countries();
            java.util.Set<String> told = new java.util.TreeSet<>(sides.sides.keySet());
            boolean joining = PhoneCallRule.joins(s, frame);     // "Macron, Starmer et Meloni participaient également aux discussions"
            if (known.containsAll(told) || (sides.sides.size() == 1 && object != null) || joining) {
                for (MeetingSides.Side side : sides.sides.values()) e.add(side.country(), side.ref() == null ? null : side.ref().actor(), side.part());
                e.report(s.sentence(), trigger.surface(), s.dated());
                // "... flew to Saudi Arabia and met the crown prince, Israeli media said. Riyadh denied that any such meeting
                // had taken place": a later sentence that denies the meeting told before settles it
                if (status == EventStatus.DENIED && !e.firstToldIn(s.sentence())) e.status = EventStatus.DENIED;
                return true;
            }
            return false;
        }
        return false;
    }

    /**
     * "Dans le Bureau ovale, M. Merz avait plaidé...": an official of another state whom a sentence places, from its
     * first words, in the seat of the host of a meeting told before, is at that meeting.
     */
    private void presentAtTheHost(SentenceReading s) {
        List<Ref> here = s.here();
        if (here.size() < 2) return;
        Ref seat = here.get(0);
        if (!"seat".equals(seat.via()) || seat.from() - s.sentence().firstToken() > Reach.ADJACENT || !FrameReader.isVenue(seat, s.cues(), here)) return;
        Ref person = here.get(1);
        Clauses clauses = s.clauses();
        if (person.actor() == null || person.country() == null || Objects.equals(person.country(), seat.country())) return;
        if (clauses.segmentStart(person.from()) <= seat.from() || !clauses.together(seat.from(), person.from())
                || person.from() - clauses.segmentStart(person.from()) > Reach.ADJACENT) return;
        for (int i = s.earlier().size() - 1; i >= 0; i--) {
            EventDraft e = s.earlier().get(i);
            if (e.type != type() || e.status != EventStatus.OCCURRED) continue;
            EventDraft.Party host = e.parties.get(seat.country());
            if (host == null || host.part() != ParticipantPart.HOST) return;
            e.add(person.country(), person.actor(), ParticipantPart.VISITOR);
            return;
        }
    }

    /**
     * A second trigger of one sentence that tells of a meeting already read in it, two of whose sides it names ("met in
     * Antalya ..., in the presence of their Turkish counterpart"): its sides join that meeting.
     */
    private static boolean sameMeeting(List<EventDraft> read, EventStatus status, MeetingSides sides) {
        for (EventDraft e : read) {
            if (e.status != status) continue;
            long shared = sides.sides.keySet().stream().filter(e.countries()::contains).count();
            if (shared < 2) continue;
            for (MeetingSides.Side side : sides.sides.values()) e.add(side.country(), side.ref() == null ? null : side.ref().actor(), side.part());
            return true;
        }
        return false;
    }

    /**
     * "se sont serré la main à l'issue de la réunion", "shook hands after the meeting": a verb followed by a phrase of
     * time that names a definite meeting is a moment of that meeting (not one on the sidelines of it: an occasion).
     */
    private static boolean momentOfItsPhrase(SentenceReading s, CueIndex.TriggerAt verb) {
        if (verb.trigger().noun()) return false;
        Clauses clauses = s.clauses();
        int own = clauses.of(verb.start()).index();
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.type() != EventType.MEETING || !t.trigger().noun() || t.start() < verb.end()) continue;
            Clauses.Clause phrase = clauses.of(t.start());
            if (!phrase.phrase() || phrase.parent() != own) return false;
            if (!s.cues().within(CueKind.OCCASION, verb.end(), t.start()).isEmpty()) return false;
            return s.cues().before(CueKind.DEMONSTRATIVE, t.start(), 0) != null;
        }
        return false;
    }

    /** The meeting noun a verb takes as its object ("hosted the meeting"), or null. */
    private static CueIndex.TriggerAt objectOf(SentenceReading s, CueIndex.TriggerAt verb) {
        if (verb.trigger().noun()) return null;
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.type() == EventType.MEETING && t.trigger().noun() && t.start() >= verb.end() && t.start() - verb.end() <= Reach.SAME_MEETING) return t;
        }
        return null;
    }

    /**
     * A meeting's status: a condition makes any meeting not held conditional; a headline's bare meeting noun dated after
     * the dispatch tells one to come ("Le roi Charles III en visite d'Etat en France du 20 au 22 septembre"); the talks
     * of a trip take its tense ("will travel to Sochi on Wednesday for talks with Putin", {@link MeetingSides#tripOf}).
     */
    static EventStatus statusOf(SentenceReading s, Frame frame) {
        CueIndex.TriggerAt trip = MeetingSides.tripOf(s, frame.trigger());
        if (trip != null) frame = s.frame(trip);
        EventStatus status = frame.conditioned();
        boolean bareNoun = frame.trigger().trigger().noun() && frame.statusCue() == null;
        if (status == EventStatus.OCCURRED && bareNoun && StatusReader.headline(s) && s.dated() != null
                && s.dated().date().isAfter(s.text().referenceDate())) return EventStatus.PLANNED;
        return status;
    }

    /** The country code of an official of no state (a U.N. or NATO chief). */
    private static final String NO_STATE = "-";

    /**
     * "U.N. Secretary-General Ban Ki-moon, who is in Doha meeting with Qatar's emir and Palestinian President Abbas": when
     * every state side is named after "with" and no state's official is the one who meets them (an international
     * official, the U.N. being no state), they are not sides of each other unless the text has them meet together
     * ("talks between", "a three-way meeting", "alongside").
     */
    private static boolean metOneByOne(SentenceReading s, Frame frame, MeetingSides sides) {
        CueIndex.TriggerAt trigger = frame.trigger();
        Clauses clauses = s.clauses();
        CueIndex.At with = null;
        for (CueIndex.At w : s.cues().all(CueKind.WITH)) if (w.start() >= trigger.start() && clauses.together(trigger.start(), w.start())) { with = w; break; }
        if (with == null) return false;
        for (CueKind together : List.of(CueKind.BETWEEN, CueKind.MULTILATERAL, CueKind.ALONGSIDE)) {
            for (CueIndex.At c : s.cues().all(together)) if (clauses.together(trigger.start(), c.start())) return false;
        }
        for (MeetingSides.Side side : sides.sides.values()) {
            if (Objects.equals(side.country(), NO_STATE) || (side.ref() != null && side.ref().locative())) continue;   // "in Doha": the venue, not who meets
            if (side.ref() == null) return false;                       // a side the frame or the sentence before gave ("he met with")
            // a state's official who meets them, named before "with" or in another sentence (a pronoun's antecedent)
            if (side.ref().sentence() != s.sentence().index() || side.ref().from() < with.end()) return false;
            if (side.ref().from() >= clauses.segmentEnd(with.end())) return false;   // "Following talks with Erdogan ..., Kristersson said"

        }
        return true;
    }

    /** "dans un entretien diffusé par l'animateur Piers Morgan": an interview with the press, no meeting. */
    private static boolean anInterview(SentenceReading s, Frame frame) {
        for (CueIndex.At media : s.cues().all(CueKind.MEDIA)) if (s.clauses().together(media.start(), frame.trigger().start())) return true;
        return false;
    }
}
