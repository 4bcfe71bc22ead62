package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;

import java.util.List;
import java.util.Objects;

/**
 * "Marie Yovanovitch, the U.S. ambassador to Ukraine", "Britain's ambassador to the United States, Kim Darroch": the
 * state named right after an envoy's title and the word of his posting (cue kind {@code posting}) is where he serves,
 * no side of his talks, when another state is named right before the title: the envoy's own. "the ambassador to
 * Turkey" alone names no other state and is left as it was.
 */
final class Posting {

    private Posting() {
    }

    /** Whether the reference is the posting of an envoy whose own state, another, is named right before his title. */
    static boolean posted(Ref r, List<Ref> refs, CueIndex cues) {
        if (r.actor() != null || r.country() == null) return false;
        CueIndex.At posting = cues.before(CueKind.POSTING, r.from(), 1);      // "to the United States": an article at most between
        if (posting == null) return false;
        for (Ref own : refs) {
            if (own.to() == posting.start() && own.actor() == null && own.country() != null && !Objects.equals(own.country(), r.country())) return true;
        }
        return false;
    }
}
