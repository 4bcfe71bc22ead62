package io.newswire.enrich.tagger.kb;

import io.newswire.enrich.tagger.text.CuePhrase;

/**
 * When a country form does not stand for the country (kb/lexicon/ambiguity.tsv).
 *
 * @param rule  case (must be capitalised), first_name (not next to another capitalised name),
 *              stop_before (cue right before), stop_after (cue right after), stop_sentence, stop_document
 * @param cue   folded cue terms, empty for case/first_name
 * @param phrase the cue terms compiled for matching
 */
public record AmbiguityRule(String rule, String[] cue, String note, CuePhrase phrase) {

    public AmbiguityRule(String rule, String[] cue, String note) {
        this(rule, cue, note, new CuePhrase(cue));
    }
}
