package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.SentenceSplitter;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.schemas.EventType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The one scan the rules ask: is there a cue of a kind within n tokens before or after a trigger. */
class CueIndexTest {

    private static final KnowledgeBase KB = KnowledgeBase.load();

    @Test
    void cueRightAfterTheTriggerIsFoundWithinItsWindowOnly() {
        CueIndex cues = index("Erdogan proposed a summit with Putin and Macron.");
        CueIndex.TriggerAt summit = cues.trigger(EventType.MEETING);

        CueIndex.At with = cues.after(CueKind.WITH, summit.end(), Reach.ADJACENT);
        assertNotNull(with);
        assertEquals(summit.end(), with.start());
        assertNull(cues.after(CueKind.WITH, summit.end() + 1, Reach.ADJACENT), "a cue that starts before the point is not after it");
        assertNull(cues.before(CueKind.WITH, summit.start(), Reach.ADJACENT));
    }

    @Test
    void cueBesideTheTriggerIsFoundWithinItsWindowOnly() {
        assertEquals(3, sizeBeside("Putin backed a three-way summit with Erdogan and Rouhani."));
        assertEquals(3, sizeBeside("Putin backed a three-way regional summit with Erdogan and Rouhani."), "one token between");
        assertEquals(0, sizeBeside("Putin backed a three-way new regional summit with Erdogan and Rouhani."), "two tokens between");
    }

    private static int sizeBeside(String sentence) {
        CueIndex cues = index(sentence);
        CueIndex.TriggerAt summit = cues.trigger(EventType.MEETING);
        CueIndex.At size = cues.beside(CueKind.MULTILATERAL, summit.start(), summit.end(), Reach.NEXT);
        return size == null ? 0 : size.cue().size();
    }

    @Test
    void topicCueSeesWhatFollowsItWithinTwoTokens() {
        String sentence = "Putin spoke by phone with Erdogan about Syria.";
        CueIndex cues = index(sentence);
        int syria = tokenOf(sentence, "syria");
        assertNotNull(cues.before(CueKind.TOPIC, syria, Reach.TOPIC));
        assertNull(cues.before(CueKind.TOPIC, syria - 1, Reach.TOPIC), "the cue must end before the token");
    }

    @Test
    void nearestStatusCueIsTheClosestOnEitherSide() {
        CueIndex cues = index("Ankara called for a ceasefire that was violated the next day.");
        CueIndex.TriggerAt truce = cues.trigger(EventType.CEASEFIRE);
        assertEquals("called_for", cues.nearest(CueKind.MODALITY, truce.start(), truce.end()).cue().value());
    }

    @Test
    void aMeetingWordRightNextToACallIsTheCallsOwn() {
        assertNull(index("Macron s'est entretenu jeudi au téléphone avec Poutine.", "fr").trigger(EventType.MEETING));
        assertNotNull(index("Macron s'est entretenu jeudi à Moscou avec Poutine.", "fr").trigger(EventType.MEETING));
    }

    private static CueIndex index(String sentence) {
        return index(sentence, "en");
    }

    private static CueIndex index(String sentence, String lang) {
        List<Token> tokens = KB.tokenizer().tokenize(sentence);
        AnalyzedText text = new AnalyzedText(sentence, tokens, new SentenceSplitter(KB.abbreviations()).split(sentence, tokens),
                KB.lexicon(lang), LocalDate.of(2020, 2, 21));
        return new CueIndex(text, text.sentences().get(0));
    }

    private static int tokenOf(String sentence, String term) {
        List<Token> tokens = KB.tokenizer().tokenize(sentence);
        for (int t = 0; t < tokens.size(); t++) if (tokens.get(t).term().equals(term)) return t;
        throw new AssertionError(term + " not in " + sentence);
    }
}
