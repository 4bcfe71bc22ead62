package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.text.TokenTrie;

import java.util.List;

/**
 * After a receiving verb, the guest's state title that opens its object ("a reçu jeudi soir le Premier ministre de
 * l'Inde, M. X", "received on Monday evening the Prime Minister of Israel, X,"): the state named after the title is
 * reached from the title's end, so a day told between the verb and the title does not push it out of reach.
 */
final class GuestTitle {

    private GuestTitle() {
    }

    /** Where the guest's state may start: the end of a title standing within reach of {@code start} before any party, else {@code start}. */
    static int end(SentenceReading s, List<Ref> partners, int start) {
        int first = Integer.MAX_VALUE;
        for (Ref r : partners) if (r.from() >= start) first = Math.min(first, r.from());
        int limit = Math.min(s.sentence().endToken(), Math.min(first, start + Reach.VISITORS + 1));
        for (int t = start; t < limit; t++) {
            TokenTrie.Match<Lexicon.Title> m = s.text().lexicon().titles().longestAt(s.text().tokens(), t, s.sentence().endToken());
            if (m != null && m.end() <= first) return Math.max(start, m.end());
        }
        return start;
    }
}
