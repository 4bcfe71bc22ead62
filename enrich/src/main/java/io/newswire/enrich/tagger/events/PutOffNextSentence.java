package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.Cue;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventStatus;

import java.util.List;
import java.util.Set;

/**
 * "Xi Jinping will not make the state visit to Japan that had been planned for April. Tokyo and Beijing agreed that the
 * trip should be rescheduled", "Pope Francis will not travel to Congo and South Sudan next month as planned. The trip ...
 * will take place at a later date": a visit refused in one sentence and put off in the sentence right after it (a
 * modality cue of status {@code suspended}), which names a side of the visits (a person, a capital, a city) and no other
 * state, is put off, not called off; a postponement that names no side ("A vote on the budget was postponed") is
 * another thing's (session s32, en-sum5).
 */
final class PutOffNextSentence {

    private PutOffNextSentence() {
    }

    /** Whether the sentence after {@code s} puts off what {@code s} refused, naming no state outside {@code sides}. */
    static boolean follows(SentenceReading s, Set<String> sides) {
        AnalyzedText text = s.text();
        List<Sentence> sentences = text.sentences();
        int i = sentences.indexOf(s.sentence());
        if (i < 0 || i + 1 >= sentences.size()) return false;
        Sentence next = sentences.get(i + 1);
        Lexicon lex = text.lexicon();
        boolean putOff = false;
        for (int t = next.firstToken(); t < next.endToken() && !putOff; t++) {
            TokenTrie.Match<Cue> m = lex.cues().longestAt(text.tokens(), t, next.endToken());
            if (m == null) continue;
            for (Cue c : m.values()) putOff |= c.kind() == CueKind.MODALITY && c.status() == EventStatus.SUSPENDED;
            t = m.end() - 1;
        }
        if (!putOff) return false;
        boolean aSide = false;
        for (Ref r : s.refs()) {
            if (r.from() < next.firstToken() || r.from() >= next.endToken() || r.country() == null) continue;
            if (!sides.contains(r.country())) return false;       // another state's plan
            aSide = true;
        }
        return aSide;                                             // "A vote on the budget was postponed": not the visit
    }
}
