package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.schemas.EventStatus;

/**
 * "..., an invitation Trump accepted on the spot", "an invitation he accepted", "an invitation that Xi quickly took up",
 * "an invitation Putin declined", "an invitation accepted by Trump", "une invitation acceptée par le président américain",
 * "L'invitation a été acceptée" (the sentence after the offer, read as a later report of it): an offer told by its noun, then its answerer (a name or a pronoun, an object relative
 * word at most before it) and, a word at most after, a verb of acceptance or refusal with no comma between: the offer
 * stands where the answer says (agreed, rejected). The relative without its word, which English allows, is read as the
 * relative with it.
 */
final class AnsweredOffer {

    /** Words (an auxiliary, an adverb) that may stand between the answerer and the answer. */
    private static final int ANSWERER_TO_VERB = 1;

    /** The words of a verb of being between the noun and its participle ("a été", "had been"). */
    private static final int BEING_WORDS = 2;

    private AnsweredOffer() {
    }

    /** The answer's status (agreed, rejected), or null when no answerer and answer follow the noun. */
    static EventStatus of(SentenceReading s, CueIndex.TriggerAt noun) {
        int end = s.sentence().endToken();
        int t = noun.end();
        if (t >= end) return null;
        EventStatus passive = answeredInThePassive(s, t);                       // "an invitation accepted by Trump", "une invitation acceptée par"
        if (passive != null) return passive;
        String word = s.text().surface(t, t + 1).toLowerCase(java.util.Locale.ROOT);
        if (s.text().lexicon().profile().objectRelatives().contains(word)) t++;
        int subject = answerer(s, t);
        if (subject < 0) return null;
        for (int at = subject; at <= Math.min(subject + ANSWERER_TO_VERB, end - 1); at++) {
            CueIndex.At cue = s.cues().startingAt(at, CueKind.MODALITY);
            if (cue == null) continue;
            EventStatus said = cue.cue().status();
            if ((said != EventStatus.AGREED && said != EventStatus.REJECTED) || comma(s, noun.end(), cue.start())) return null;
            return StatusReader.negated(s, cue) ? null : said;
        }
        return null;
    }

    /**
     * The answer of a participle right after the noun that its agent follows ("accepted by", "acceptée par"), or of one
     * after the noun's verb of being ("L'invitation a été acceptée", "the invitation was declined": the noun is the
     * subject, the passive needs no agent), or null.
     */
    private static EventStatus answeredInThePassive(SentenceReading s, int t) {
        int participle = afterBeing(s, t);
        CueIndex.At cue = s.cues().startingAt(participle, CueKind.MODALITY);
        if (cue == null || (participle == t && s.cues().startingAt(cue.end(), CueKind.PASSIVE_AGENT) == null)) return null;
        EventStatus said = cue.cue().status();
        return (said == EventStatus.AGREED || said == EventStatus.REJECTED) && !StatusReader.negated(s, cue) ? said : null;
    }

    /** Where the words of a verb of being that start at {@code t} end (person words, copula: "a été", "was"); {@code t} when none. */
    private static int afterBeing(SentenceReading s, int t) {
        PersonWords words = s.text().lexicon().personWords();
        int end = s.sentence().endToken();
        int at = t;
        while (at < end && at - t < BEING_WORDS && (words.is(s.text().tokens(), at, PersonWords.Kind.COPULA)
                || words.is(s.text().tokens(), at, PersonWords.Kind.COPULA_PAST))) at++;
        return at;
    }

    /** Where the answerer named at {@code t} ends (a pronoun, a person or a state), or -1. */
    private static int answerer(SentenceReading s, int t) {
        CueIndex.At pronoun = s.cues().startingAt(t, CueKind.PRONOUN);
        if (pronoun != null) return pronoun.end();
        for (Ref r : s.here()) {
            if (r.from() == t && !r.locative()) return r.to();
        }
        return -1;
    }

    private static boolean comma(SentenceReading s, int from, int to) {
        var tokens = s.text().tokens();
        return to > from && s.text().body().substring(tokens.get(from - 1).end(), tokens.get(to).start()).contains(",");
    }
}
