package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;

/**
 * The cue index of each sentence of one text, built once when first asked: the sentence being read asks for its own,
 * and a rule that looks at another sentence ("a truce told as history two sentences before", "the trip another sentence
 * tells") gets that sentence's index without indexing it again.
 */
final class SentenceCues {
    private final AnalyzedText text;
    private final CueIndex[] built;

    SentenceCues(AnalyzedText text) {
        this.text = text;
        this.built = new CueIndex[text.sentences().size()];
    }

    CueIndex of(Sentence sentence) {
        CueIndex cues = built[sentence.index()];
        if (cues == null) {
            cues = new CueIndex(text, sentence);
            built[sentence.index()] = cues;
        }
        return cues;
    }
}
