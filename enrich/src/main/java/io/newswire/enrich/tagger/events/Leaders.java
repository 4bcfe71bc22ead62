package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.util.ArrayList;
import java.util.List;

/** Whether a meeting frame is one of leaders (heads of state or government): a summit when it is still to come. */
final class Leaders {

    private final KnowledgeBase kb;

    Leaders(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * Whether the sentence names ministers ("ministres", "chefs de la diplomatie") for this frame's meeting: a ministerial
     * word that another event's trigger comes closer before ("reporté, au lendemain d'un échange téléphonique entre les
     * chefs de la diplomatie") names that event's people, not this meeting's.
     */
    private static boolean ministersOf(SentenceReading s, Frame f) {
        for (CueIndex.At minister : s.cues().all(CueKind.MINISTERIAL)) {
            CueIndex.TriggerAt closest = null;
            for (CueIndex.TriggerAt t : s.cues().triggers()) {
                if (t.end() <= minister.start() && (closest == null || t.start() > closest.start())) closest = t;
            }
            if (closest == null || closest.start() == f.trigger().start()) return true;
        }
        return false;
    }

    /**
     * A meeting of leaders: called a summit, or said of leaders ("the leaders of", "dirigeants"), or between people
     * who all hold a leader's office on the dispatch's date; never a meeting of ministers.
     */
    boolean meet(SentenceReading s, Frame f) {
        if (ministersOf(s, f)) return false;
        if (officialsVisit(s, f)) return false;
        // talks are of delegations ("agreed that their teams would open talks on ending the war in Ukraine"), unless a
        // leader holds them with a person named after them ("heads to Moscow for talks with Russian President Vladimir Putin")
        boolean negotiation = f.trigger().trigger().frame() == TriggerFrame.NEGOTIATION;
        // or two leaders named as its subject hold them at a place ("Trump and Putin agreed to hold talks in Budapest")
        if (negotiation && f.partners().stream().noneMatch(r -> r.actor() != null) && !leadersTalkAtAPlace(s, f)) return false;
        // "prêt à accueillir au Vatican des négociations entre la Russie et l'Ukraine": a host's talks between states are their delegations'
        if (MeetingSides.hostsNegotiation(s, f) && f.partners().stream().noneMatch(r -> r.actor() != null)) return false;
        if (!negotiation && (f.trigger().trigger().frame() == TriggerFrame.SUMMIT || MeetingSides.hostsASummit(s, f) || leadersSaid(s, f))) return true;
        if (!negotiation && onASummit(s, f)) return true;
        if (!negotiation && !kb.groups().findAll(s.text().tokens(), s.sentence().firstToken(), s.sentence().endToken()).isEmpty()) return true;   // "G7 was scheduled to meet"
        // "willing to host talks between Russia and Ukraine at the Vatican": the sides between are states, their delegations, not leaders
        if (f.between() && f.partners().stream().noneMatch(r -> r.actor() != null)) return false;
        List<String> leaderRoles = kb.standsFor("leader");
        int leaders = 0;
        ParticipantPart leaderPart = null;
        List<ParticipantPart> stateParts = new ArrayList<>();
        for (MeetingSides.Side side : MeetingSides.of(s, f).sides.values()) {
            Ref r = side.ref();
            if (r == null || r.actor() == null) {
                stateParts.add(side.part());
                continue;
            }
            String role = kb.roleOn(r.actor(), s.text().referenceDate());
            if (role == null) role = titleBefore(s, r);
            if (role == null) role = electsOffice(s, r);
            if (role == null || !leaderRoles.contains(role)) return false;     // a speaker of parliament, a minister: no summit
            leaders++;
            leaderPart = side.part();
        }
        // two leaders meet, or one goes to or receives another state ("doit se rendre en Serbie"); "negotiate a deal
        // with the United Kingdom" names one leader and a state, and is no summit
        TriggerFrame frame = f.trigger().trigger().frame();
        if (leaders >= 2) return true;
        if (leaders != 1 || (frame != TriggerFrame.VISIT && frame != TriggerFrame.HOST)) return false;
        // the leader visits a state that hosts: not one at home ("while in France, he declined to go to a war cemetery where U.S. Marines lie")
        boolean hosted = stateParts.contains(ParticipantPart.HOST) || (frame == TriggerFrame.HOST && leaderPart == ParticipantPart.HOST);
        return hosted && !(frame == TriggerFrame.VISIT && leaderPart == ParticipantPart.HOST);
    }

    /** Whether two persons named as the subject hold the talks at a place named after them, no topic between: theirs, not their teams'. */
    private static boolean leadersTalkAtAPlace(SentenceReading s, Frame f) {
        boolean placed = f.venues().stream().anyMatch(v -> v.from() > f.trigger().start()
                && s.cues().within(CueKind.TOPIC, f.trigger().end(), v.from()).isEmpty());     // "negotiations on ending the war in Ukraine": a topic
        return placed && f.subject().stream().filter(r -> r.actor() != null).map(r -> r.actor().id()).distinct().count() >= 2;
    }

    /** How long before taking office a leader-elect is read as the leader ("the U.S. president-elect" in November). */
    private static final int ELECT_DAYS = 120;

    /**
     * The office a person takes within {@link #ELECT_DAYS} after the dispatch when the dispatch names him by a title that
     * resolves to him though he does not hold it on the date ("Ishiba wants to sit down with Donald Trump ... the U.S.
     * president-elect"): a leader-elect meets as the leader he is about to be; null otherwise.
     */
    private String electsOffice(SentenceReading s, Ref person) {
        java.time.LocalDate date = s.text().referenceDate();
        if (date == null || person.actor() == null) return null;
        boolean titled = s.refs().stream().anyMatch(r -> "role".equals(r.via()) && r.actor() != null && r.actor().id().equals(person.actor().id()));
        return titled ? kb.roleOn(person.actor(), date.plusDays(ELECT_DAYS)) : null;
    }

    /**
     * "a annulé la visite à Washington d'une délégation de ses proches conseillers": a meeting noun whose visitors are the
     * officials named right after it, no person and no other trigger between, is theirs, no summit.
     */
    private static boolean officialsVisit(SentenceReading s, Frame f) {
        CueIndex.TriggerAt noun = f.trigger();
        if (!noun.trigger().noun()) return false;
        CueIndex.At officials = s.cues().after(CueKind.VISITING_OFFICIALS, noun.end(), Reach.SUMMIT);
        if (officials == null || !s.clauses().together(officials.start(), noun.start()) || s.cues().triggerWithin(noun.end(), officials.start())) return false;
        return s.here().stream().noneMatch(r -> r.actor() != null && r.from() >= noun.end() && r.from() < officials.start());
    }

    /**
     * "ready to host a summit that would bring together Russia and Ukraine": a verb told in a relative clause right after a
     * summit's noun tells that summit, whoever it names.
     */
    private static boolean onASummit(SentenceReading s, Frame f) {
        if (f.trigger().trigger().noun()) return false;
        Clauses.Clause clause = s.clauses().of(f.trigger().start());
        if (clause.kind() != Clauses.Kind.RELATIVE && clause.kind() != Clauses.Kind.REPORTED) return false;
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.end() == clause.opener() && t.type() == EventType.MEETING && t.trigger().frame() == TriggerFrame.SUMMIT) return true;
        }
        return false;
    }

    /** "the leaders agreed to meet": leaders are said in the meeting's clause, not in another ("the two heads of state agreed..., and the minister will travel"). */
    private static boolean leadersSaid(SentenceReading s, Frame f) {
        for (CueIndex.At c : s.cues().all(CueKind.LEADERS)) if (s.clauses().together(c.start(), f.trigger().start())) return true;
        return false;
    }

    // words between a title and the name it gives an office: "le Premier ministre thaïlandais par intérim Phumtham"
    private static final int TITLE_TO_NAME = 4;

    /**
     * The office the text gives a person whose office on the date the knowledge base does not know: the role of a
     * title right before the name ("le Premier ministre thaïlandais par intérim Phumtham Wechayachai"), or null.
     */
    private static String titleBefore(SentenceReading s, Ref person) {
        if (s.text().lexicon() == null) return null;
        int from = Math.max(s.sentence().firstToken(), person.from() - TITLE_TO_NAME - 4);
        String role = null;
        for (TokenTrie.Match<Lexicon.Title> m : s.text().lexicon().titles().findAll(s.text().tokens(), from, person.from())) {
            if (m.end() <= person.from() && person.from() - m.end() <= TITLE_TO_NAME && !m.values().isEmpty()) role = m.values().get(0).role();
        }
        return role;
    }
}
