package io.newswire.enrich.tagger.events;

import java.util.Objects;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.ParticipantPart;

/**
 * "Macron said on Monday, after his meeting with Donald Trump at the White House, that...", "a déclaré lundi, à
 * l'issue de son entretien avec Donald Trump, que...": a meeting noun owned by a singular possessive, in a phrase set
 * off by commas after a speaking verb, that names one side only after "with" / "avec": its owner is the speaker, the
 * other side; so the bare noun right after the phrase's opener ("said on Monday, after talks with Trump, that").
 */
final class SpeakerOwner {

    // the words between the owner and the noun: "his heated Oval Office meeting"
    private static final int OWNER_TO_NOUN = 3;
    // an article between the opener and a bare noun: "après des entretiens avec"
    private static final int ARTICLE = 1;

    private SpeakerOwner() {
    }

    static void addTo(SentenceReading s, Frame f, MeetingSides sides) {
        CueIndex.TriggerAt noun = f.trigger();
        if (!noun.trigger().noun() || !f.subject().isEmpty() || !f.agents().isEmpty() || sides.sides.size() != 1) return;
        Clauses.Clause clause = f.clause();
        if (clause.opener() < 1) return;
        // "his meeting with", or the bare noun right after the phrase's opener ("after talks with", "après des entretiens avec")
        if (s.cues().before(CueKind.OWNER, noun.start(), OWNER_TO_NOUN) == null && noun.start() - clause.opener() > ARTICLE + 1) return;
        Clauses.Clause parent = s.clauses().of(clause.opener() - 1);      // the clause the phrase interrupts, the speaker's
        if (parent.index() == clause.index()) return;
        CueIndex.At speaker = null;
        for (CueIndex.At c : s.cues().all(CueKind.SPEAKER)) {
            if (c.end() <= clause.opener() && s.clauses().of(c.start()).index() == parent.index()) speaker = c;
        }
        if (speaker == null) return;
        Ref who = null;
        for (Ref r : s.here()) {
            if (r.country() == null || r.to() > speaker.start() || s.clauses().of(r.from()).index() != parent.index()
                    || FrameReader.isVenue(r, s.cues(), s.here())) continue;
            if (who == null || who.actor() == null || r.actor() != null) who = r;     // the speaker's name over his demonym
        }
        if (who == null || sides.sides.containsKey(who.country())) return;
        ParticipantPart part = sides.hostCountry == null ? ParticipantPart.PARTICIPANT
                : Objects.equals(who.country(), sides.hostCountry) ? ParticipantPart.HOST : ParticipantPart.VISITOR;
        sides.sides.put(who.country(), new MeetingSides.Side(who.country(), who, part));
    }
}
