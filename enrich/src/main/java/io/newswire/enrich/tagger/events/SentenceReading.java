package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;

import java.util.List;

/**
 * What the rules read of one sentence with a trigger.
 *
 * @param here        the references in the sentence
 * @param antecedents what a plural anaphor of the sentence stands for, placed where the anaphor stands
 * @param dated       the date the sentence gives, or null
 * @param earlier     the events read in the sentences before (a rule may add a report to one of them)
 * @param refs        every reference of the dispatch
 * @param theatre     the country the dispatch is mostly about, worked out when first asked
 * @param clauses     the sentence's clauses
 * @param frames      reads a trigger's frame
 * @param cities      the cities of venues.tsv the sentence names ("in Istanbul"): places, never sides
 * @param sentenceCues the cue index of every sentence of the text, for rules that read another sentence
 */
record SentenceReading(AnalyzedText text, Sentence sentence, CueIndex cues, List<Ref> here, List<Ref> antecedents,
                       DateResolver.Dated dated, List<EventDraft> earlier, List<Ref> refs, Theatre theatre,
                       Clauses clauses, FrameReader frames, List<Ref> cities, SentenceCues sentenceCues) {

    /** The frame of a trigger of this sentence. */
    Frame frame(CueIndex.TriggerAt trigger) {
        return frames.read(this, trigger);
    }
}
