package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.enrich.tagger.kb.WordClass;
import io.newswire.schemas.EventType;

/**
 * "received a letter from Trump", "a reçu lundi les félicitations de Xi Jinping", "a reçu une lettre de Trump": a
 * meeting verb whose object is a thing (an own_object determiner, then a word that names no one, no officials and no
 * event) meets no one; who sent or did the thing is no side. "received the Chinese president", "received a delegation",
 * "hosted a summit" take people or an event; a visit's verb takes a place ("visited a cemetery").
 */
final class ThingObject {

    private ThingObject() {
    }

    static boolean takes(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (trigger.type() != EventType.MEETING || trigger.trigger().word() != WordClass.VERB) return false;
        TriggerFrame frame = trigger.trigger().frame();
        if (frame != TriggerFrame.HOST && frame != TriggerFrame.TALKS) return false;                // "visited a cemetery": a place in the host state
        int end = Math.min(s.clauses().segmentEnd(trigger.end()), s.sentence().endToken());
        int t = trigger.end();
        while (t < end && s.text().lexicon().calendarWord(s.text().termId(t)) != null) t++;     // "a reçu lundi les félicitations"
        if (t + 1 >= end || s.cues().startingAt(t, CueKind.OWN_OBJECT) == null) return false;  // a determiner opens the object
        int noun = t + 1;
        if (s.here().stream().anyMatch(r -> r.from() <= noun + 1 && r.to() > noun)) return false;   // "the Chinese president", "a Chinese delegation"
        if (Parties.officialsAt(s, noun, true)) return false;                                     // "the prime minister of", "a delegation"
        return !s.cues().triggerWithin(noun, Math.min(noun + Reach.ADJACENT, end));                // "hosted a summit", "the three-way talks"
    }
}
