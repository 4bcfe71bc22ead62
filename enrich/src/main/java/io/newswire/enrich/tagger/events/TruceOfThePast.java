package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.Trigger;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

/**
 * A truce of the past that a dispatch tells as history: "the 2020 ceasefire", "the Christmas truce of 1914", "the 70th
 * anniversary of the armistice"; and its later mentions, "the truce showed that ...", "la trêve reste un symbole":
 * with no state of their own and no truce read before them, they name that truce of the past again.
 */
final class TruceOfThePast {

    private TruceOfThePast() {
    }

    /** "the 2020 ceasefire", "le cessez-le-feu de 2020", "the Christmas truce of 1914": a year before the dispatch's, next to the trigger. */
    static boolean ofAPastYear(AnalyzedText text, Sentence sentence, CueIndex.TriggerAt t) {
        int year = text.referenceDate().getYear();
        for (int i = Math.max(sentence.firstToken(), t.start() - Reach.NAME); i < Math.min(sentence.endToken(), t.end() + Reach.NAME); i++) {
            String term = text.tokens().get(i).term();
            if (term.length() == 4 && term.chars().allMatch(Character::isDigit)) {
                int y = Integer.parseInt(term);
                if (y > 1900 && y < year) return true;
            }
        }
        return false;
    }

    /**
     * A phrase the lexicon names as no event that holds a truce word ("the Christmas truce of 1914", "the Olympic
     * truce"): the name of a truce that is no ceasefire between states today.
     */
    static boolean namesATruce(AnalyzedText text, CueIndex.TriggerAt t) {
        if (t.type() != null) return false;
        for (int i = t.start(); i < t.end(); i++) {
            for (int limit = t.end(); limit > i; limit--) {       // the phrase itself is the longest match: its shorter words too
                TokenTrie.Match<Trigger> m = text.lexicon().triggers().longestAt(text.tokens(), i, limit);
                if (m != null && m.values().stream().anyMatch(v -> v.type() == EventType.CEASEFIRE)) return true;
            }
        }
        return false;
    }

    /** A truce told as history: of a past year, or after a cue of history ("the 70th anniversary of the armistice"). */
    static boolean history(AnalyzedText text, Sentence sentence, CueIndex cues, CueIndex.TriggerAt t) {
        return ofAPastYear(text, sentence, t) || cues.before(CueKind.HISTORY, t.start(), 0) != null;
    }

    /**
     * "Prince William unveiled a memorial to the Christmas truce of 1914 ... The prince said the truce showed that":
     * a mention in a dispatch where no truce has been read yet and an earlier sentence told a truce as history is that
     * truce again, unless what it tells is news of a truce: a breach, an end or a call ("accused each other of violating
     * the ceasefire", "called for a return to the truce") stands.
     */
    static boolean toldAgain(SentenceReading s, CueIndex.TriggerAt t) {
        EventStatus own = s.frame(t).status();
        if (own == EventStatus.VIOLATED || own == EventStatus.ENDED || own == EventStatus.CALLED_FOR) return false;
        for (EventDraft e : s.earlier()) if (e.type == EventType.CEASEFIRE) return false;
        AnalyzedText text = s.text();
        for (Sentence before : text.sentences()) {
            if (before.index() >= s.sentence().index()) break;
            CueIndex cues = s.sentenceCues().of(before);
            for (CueIndex.TriggerAt other : cues.triggers()) {
                if ((other.type() == EventType.CEASEFIRE && history(text, before, cues, other)) || namesATruce(text, other)) return true;
            }
        }
        return false;
    }
}
