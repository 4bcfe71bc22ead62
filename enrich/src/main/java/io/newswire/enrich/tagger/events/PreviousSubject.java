package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;

import java.util.List;

/**
 * Who a sentence that opens on "he", "il" or a bare title ("the president", "le chef de l'Etat") speaks of: the person
 * a sentence before names first, its subject in wire copy. An official of no state (a U.N. chief) is found too and
 * gives no side, so that the search does not run on to an official further back.
 */
final class PreviousSubject {

    /** How many sentences back the person is looked for: three, as a quote told over two sentences names none. */
    private static final int REACH = 3;

    private PreviousSubject() {
    }

    /** The first person named in the last sentence before {@code index} that names one, or none. */
    static List<Ref> of(List<Ref> refs, int index) {
        Ref best = null;
        for (Ref r : refs) {
            if (r.sentence() >= index || r.sentence() < index - REACH || r.actor() == null || r.locative()) continue;
            if (best == null || r.sentence() > best.sentence()) best = r;
        }
        return best == null ? List.of() : List.of(best);
    }
}
