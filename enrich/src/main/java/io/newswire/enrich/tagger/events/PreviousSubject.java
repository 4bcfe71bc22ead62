package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;

import java.util.List;

/**
 * Who a sentence that opens on "he", "il" or a bare title ("the president", "le chef de l'Etat") speaks of: the subject
 * of the last sentence before it that names a person, its first person in wire copy. A person named as the agent of
 * a passive ("pardoned by Russian President Vladimir Putin") or after a journalist who is the subject ("BBC journalist
 * X interviewed ...") is not that subject; when no person of the sentence is, the pronoun stands for no official, and
 * the search does not run on to an official further back. An official of no state (a U.N. chief) gives no side.
 */
final class PreviousSubject {

    /** How many sentences back the person is looked for: three, as a quote told over two sentences names none. */
    private static final int REACH = 3;

    private PreviousSubject() {
    }

    /** The subject of the last sentence before {@code index} that names a person, or none. */
    static List<Ref> of(AnalyzedText text, List<Ref> refs, int index) {
        int last = -1;
        for (Ref r : refs) if (person(r) && r.sentence() < index && r.sentence() >= index - REACH) last = Math.max(last, r.sentence());
        if (last < 0) return List.of();
        Sentence s = text.sentences().get(last);
        for (Ref r : refs) {
            if (r.sentence() != last || !person(r)) continue;
            if (text.lexicon() != null && (agentOfAPassive(text, s, r) || afterASubjectOfThePress(text, s, r))) continue;
            return List.of(r);
        }
        return List.of();
    }

    private static boolean person(Ref r) {
        return r.actor() != null && !r.locative();
    }

    /** "pardoned by Russian President Vladimir Putin", "gracié par Vladimir Poutine". */
    private static boolean agentOfAPassive(AnalyzedText text, Sentence s, Ref r) {
        return text.lexicon().firstCue(text, Math.max(s.firstToken(), r.from() - Reach.ADJACENT), r.from(), CueKind.PASSIVE_AGENT) >= 0;
    }

    /** "BBC journalist X interviewed Turkey's foreign minister": a journalist before the person, no comma between them. */
    private static boolean afterASubjectOfThePress(AnalyzedText text, Sentence s, Ref r) {
        int media = text.lexicon().firstCue(text, s.firstToken(), r.from(), CueKind.MEDIA);
        if (media < 0) return false;
        return !text.body().substring(text.tokens().get(media).start(), text.tokens().get(r.from()).start()).contains(",");
    }
}
