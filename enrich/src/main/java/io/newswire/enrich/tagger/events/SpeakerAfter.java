package io.newswire.enrich.tagger.events;

import java.util.Objects;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.ParticipantPart;

/**
 * "There will be no meeting with Donald Trump unless ..., President Hassan Rouhani said", "A summit with Kim is possible,
 * Moon told reporters": a meeting noun that opens the reported words and names one side only, with no subject of its own,
 * has the person who speaks them after the comma as its other side, when it is still to come (session s29, para-sum).
 */
final class SpeakerAfter {

    /** Words between the speaker's name and the speaking verb after it (", President Hassan Rouhani said"). */
    private static final int NAME_TO_VERB = 1;
    /** Words between the speaking verb and the speaker's name after it (", said Rouhani"). */
    private static final int VERB_TO_NAME = 1;

    private SpeakerAfter() {
    }

    static void addTo(SentenceReading s, Frame f, MeetingSides sides) {
        CueIndex.TriggerAt noun = f.trigger();
        if (!noun.trigger().noun() || !f.subject().isEmpty() || !f.agents().isEmpty() || sides.sides.size() != 1) return;
        // a meeting held is told by who took part in it ("Only talks between himself and Putin can end the war, Zelensky said")
        if (f.status() == null || f.status() == io.newswire.schemas.EventStatus.OCCURRED) return;
        int clause = s.clauses().of(noun.start()).index();
        for (CueIndex.At c : s.cues().all(CueKind.SPEAKER)) {
            if (c.start() <= noun.end() || s.clauses().of(c.start()).index() == clause) continue;
            Ref who = null;
            for (Ref r : s.here()) {
                if (r.country() == null || r.actor() == null) continue;
                boolean before = r.to() <= c.start() && c.start() - r.to() <= NAME_TO_VERB && r.from() > noun.end();
                boolean after = r.from() >= c.end() && r.from() - c.end() <= VERB_TO_NAME;
                if ((before || after) && s.clauses().together(r.from(), c.start())) who = r;
            }
            if (who == null || sides.sides.containsKey(who.country())) return;
            ParticipantPart part = sides.hostCountry == null ? ParticipantPart.PARTICIPANT
                    : Objects.equals(who.country(), sides.hostCountry) ? ParticipantPart.HOST : ParticipantPart.VISITOR;
            sides.sides.put(who.country(), new MeetingSides.Side(who.country(), who, part));
            return;
        }
    }
}
