package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventType;

/**
 * "met with his national security team", "a réuni jeudi à Ankara sa propre délégation": a meeting verb whose object
 * opens with the subject's singular possessive ({@code owner} cue: his, her, son, sa, ses) and names no other state nor
 * a counterpart meets the subject's own people: no meeting between states, whatever place or topic the sentence names.
 * "met his Chinese counterpart", "a reçu son homologue brésilien" meet another state's official.
 */
final class OwnPeople {

    private OwnPeople() {
    }

    static boolean takes(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (trigger.type() != EventType.MEETING || !ThingObject.verb(s, trigger)) return false;
        TriggerFrame frame = trigger.trigger().frame();
        if (frame != TriggerFrame.HOST && frame != TriggerFrame.TALKS) return false;
        int end = Math.min(s.clauses().segmentEnd(trigger.end()), s.sentence().endToken());
        int t = trigger.end();
        for (int step = 0; step < Reach.ADJACENT && t < end; step++) {     // "jeudi", "with", "à Ankara" before the object
            int next = pastDayWithOrPlace(s, t, end);
            if (next == t) break;
            t = next;
        }
        CueIndex.At owner = t < end ? s.cues().startingAt(t, CueKind.OWNER) : null;
        int from = owner != null ? owner.end() : bareInAHeadline(s, t, end);
        if (from < 0) return false;
        int to = Math.min(end, from + Reach.ADJACENT + 1);
        for (int i = from; i < to; i++) {
            if (s.text().lexicon().personWords().is(s.text().tokens(), i, PersonWords.Kind.COMPLEMENT)) break;   // "team on Russia": the topic
            int at = i;
            if (s.here().stream().anyMatch(r -> r.from() == at)) return false;                  // "his Chinese counterpart"
            if (counterpart(s, i, end)) return false;                                             // "son homologue"
        }
        return from < end;
    }

    /**
     * "Biden meets national security team on Ukraine": a headline drops the possessive; a lower-case object there that
     * no determiner opens, is no trigger and no official's title, is the subject's own people as well. -1 when none.
     */
    private static int bareInAHeadline(SentenceReading s, int t, int end) {
        if (t >= end || !StatusReader.headline(s) || s.text().tokens().get(t).capitalized()) return -1;
        if (s.cues().startingAt(t, CueKind.OWN_OBJECT) != null || s.text().lexicon().personWords().is(s.text().tokens(), t, PersonWords.Kind.DETERMINER)) return -1;
        if (s.cues().triggerWithin(t, Math.min(end, t + Reach.ADJACENT)) || Parties.officialsAt(s, t, true)) return -1;
        return t;
    }

    private static int pastDayWithOrPlace(SentenceReading s, int t, int end) {
        if (s.text().lexicon().calendarWord(s.text().termId(t)) != null) return t + 1;
        CueIndex.At with = s.cues().startingAt(t, CueKind.WITH);
        if (with != null) return with.end();
        if (t + 1 < end && s.text().lexicon().personWords().is(s.text().tokens(), t, PersonWords.Kind.COMPLEMENT)) {
            for (Ref r : s.here()) if (r.from() == t + 1 && r.actor() == null) return r.to();    // "à Ankara", "at Camp David"
        }
        return t;
    }

    private static boolean counterpart(SentenceReading s, int t, int end) {
        TokenTrie.Match<Lexicon.Title> m = s.text().lexicon().titles().longestAt(s.text().tokens(), t, end);
        if (m == null) return false;
        for (Lexicon.Title title : m.values()) if ("counterpart".equals(title.role())) return true;
        return false;
    }
}
