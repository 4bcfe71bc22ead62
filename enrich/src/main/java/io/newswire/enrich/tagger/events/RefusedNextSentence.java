package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.Cue;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.List;

/**
 * "Moscow proposed a 30-day truce. Kyiv dismissed it hours later.", "Israël l'a rejeté jeudi": a refusal in the sentence
 * right after a truce's, whose object is a pronoun ("it" right after the verb, "l'" before its auxiliary) and that no
 * event word comes before: that sentence tells no event of its own, the pronoun stands for the truce just told. Only the
 * next sentence: a claim told in between ("Netanyahu's office said Hamas had backed away. Hamas dismissed it") is what
 * the pronoun stands for.
 */
final class RefusedNextSentence {

    private RefusedNextSentence() {
    }

    static boolean follows(SentenceReading s, StatusReadings readings) {
        AnalyzedText text = s.text();
        List<Sentence> sentences = text.sentences();
        int i = sentences.indexOf(s.sentence());
        if (i < 0 || i + 1 >= sentences.size()) return false;
        Sentence next = sentences.get(i + 1);
        Lexicon lex = text.lexicon();
        for (int t = next.firstToken(); t < next.endToken(); t++) {
            if (lex.triggers().longestAt(text.tokens(), t, next.endToken()) != null) return false;   // an event word first: its own event
            TokenTrie.Match<Cue> m = lex.cues().longestAt(text.tokens(), t, next.endToken());
            if (m == null) continue;
            for (Cue c : m.values()) {
                if (c.kind() != CueKind.MODALITY || readings.read(EventType.CEASEFIRE, c.status()) != EventStatus.REJECTED) continue;
                if (PronounObject.of(text, next.firstToken(), m.start(), m.end(), next.endToken())) return true;
                if (proposalObject(text, lex, m.end(), next.endToken())) return true;
                if (carrierInside(text, lex, m.start() + 1, m.end())) return true;
            }
            t = m.end() - 1;
        }
        return false;
    }

    /**
     * "The Karabakh authorities called for an immediate ceasefire. Azerbaijan pressed on with its offensive.", "The junta
     * answered with bombing raids": a refusal told by an act (a {@code defiance} cue, which needs no object) in one of the
     * {@link #DEFIANCE_SENTENCES} sentences after the truce's, before any event word: the truce is turned down. A sentence
     * in between with an event word of its own tells another event, and the act answers that one. The caller keeps a
     * truce two states agreed (CeasefireRule): an act after it breaks it or is of another war, it refuses nothing.
     */
    static boolean defied(SentenceReading s) {
        AnalyzedText text = s.text();
        List<Sentence> sentences = text.sentences();
        int i = sentences.indexOf(s.sentence());
        if (i < 0) return false;
        Lexicon lex = text.lexicon();
        for (int k = i + 1; k <= i + DEFIANCE_SENTENCES && k < sentences.size(); k++) {
            Sentence next = sentences.get(k);
            for (int t = next.firstToken(); t < next.endToken(); t++) {
                if (lex.triggers().longestAt(text.tokens(), t, next.endToken()) != null) return false;
                TokenTrie.Match<Cue> m = lex.cues().longestAt(text.tokens(), t, next.endToken());
                if (m == null) continue;
                for (Cue c : m.values()) if (c.kind() == CueKind.DEFIANCE) return true;
                t = m.end() - 1;
            }
        }
        return false;
    }

    /**
     * "Kyiv dismissed the offer within hours", "Kiev a rejeté la proposition", "a balayé cette offre": a carrier noun
     * (proposal, offer, plan) right after the refusal, a determiner at most between, and no event word after it in the
     * sentence ("rejected the proposal for talks" is another event's): the proposal just told.
     */
    private static boolean proposalObject(AnalyzedText text, Lexicon lex, int from, int end) {
        for (int t = from; t <= from + DETERMINER && t < end; t++) {
            if (lex.triggers().longestAt(text.tokens(), t, end) != null) return false;
            TokenTrie.Match<Cue> c = lex.cues().longestAt(text.tokens(), t, end);
            if (c == null) continue;
            boolean carrier = false;
            for (Cue k : c.values()) carrier |= k.kind() == CueKind.CARRIER;
            if (!carrier) continue;             // "the", "cette": a determiner that is itself a cue of another kind
            for (int u = c.end(); u < end; u++) if (lex.triggers().longestAt(text.tokens(), u, end) != null) return false;
            return true;
        }
        return false;
    }

    /**
     * "Netanyahu turned the plan down", "The Houthis brushed the offer aside": a phrasal refusal that holds a carrier noun
     * between its verb and its particle (the forms {@code LanguageProfile.phrasalCarrierForms} adds): the proposal just told.
     * The particle closes the carrier's phrase, so what comes after ("calling its terms delusional and vowing to fight on")
     * cannot name another event the carrier is for, as "rejected the proposal for talks" does.
     */
    private static boolean carrierInside(AnalyzedText text, Lexicon lex, int from, int to) {
        for (int t = from; t < to; t++) {
            TokenTrie.Match<Cue> c = lex.cues().longestAt(text.tokens(), t, to);
            if (c == null) continue;
            for (Cue k : c.values()) if (k.kind() == CueKind.CARRIER) return true;
        }
        return false;
    }

    // the sentences after a truce's where an act may turn it down: the next one, or the one after a sentence with no event word
    private static final int DEFIANCE_SENTENCES = 2;

    // the words a carrier may stand after its refusal: a determiner ("the", "cette", "l'")
    private static final int DETERMINER = 1;
}
