package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;

/**
 * "the decision followed discussions within the European Union and with the United States", "cette mesure faisait suite
 * à des discussions avec le Royaume-Uni": talks a decision came from, named by a noun that names no person and no place,
 * are a process, no meeting in person; "followed talks in Vilnius between Erdogan and Kristersson" is one.
 */
final class TalksAsBackground {

    // the words between the cue and the noun: an article, "weeks of", "des"
    private static final int GAP = 2;

    private TalksAsBackground() {
    }

    static boolean of(SentenceReading s, Frame frame, MeetingSides sides) {
        CueIndex.TriggerAt noun = frame.trigger();
        if (!noun.trigger().noun() || sides.venue != null || sides.venueCountry != null) return false;
        CueIndex.At cue = s.cues().before(CueKind.BACKGROUND, noun.start(), GAP);
        if (cue == null || !s.clauses().together(cue.end() - 1, noun.start())) return false;   // "prise après": "après" may open a clause
        for (MeetingSides.Side side : sides.sides.values()) if (side.ref() != null && side.ref().actor() != null) return false;
        return true;
    }
}
