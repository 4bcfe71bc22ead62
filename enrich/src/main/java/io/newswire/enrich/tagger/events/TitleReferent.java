package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * "Kenyan President William Ruto arrived ... On Thursday the president held talks with Joe Biden": a bare title that
 * opens its sentence after a person was named stands for that person, as "he" would; with no one named before, it is
 * the issuing state's own principal ({@link ReadoutIssuer}).
 */
final class TitleReferent {

    private static final String VIA = "coreference";

    private TitleReferent() {
    }

    /** A reference for each bare title of the sentence that stands for the subject of a sentence before. */
    static List<Ref> titles(AnalyzedText text, Sentence s, CueIndex cues, List<Ref> here, List<Ref> refs) {
        List<Ref> out = new ArrayList<>();
        for (CueIndex.At title : cues.all(CueKind.ISSUER_TITLE)) {
            if (ReadoutIssuer.qualified(text, title, here) || here.stream().anyMatch(r -> r.from() < title.start())) continue;
            for (Ref r : PreviousSubject.of(text, refs, s.index())) {
                if (r.country() != null) out.add(new Ref(title.start(), title.end(), r.country(), r.actor(), VIA, s.index(), false));
            }
        }
        return out;
    }
}
