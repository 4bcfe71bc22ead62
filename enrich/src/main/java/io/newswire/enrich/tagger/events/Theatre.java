package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.TokenTrie;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The country a dispatch is mostly about: most places and country names (people aside), first on a tie. Worked out
 * the first time a truce needs it; most dispatches never ask.
 */
final class Theatre {

    private final KnowledgeBase kb;
    private final AnalyzedText text;
    private final List<Ref> refs;
    private boolean known;
    private String country;

    Theatre(KnowledgeBase kb, AnalyzedText text, List<Ref> refs) {
        this.kb = kb;
        this.text = text;
        this.refs = refs;
    }

    /** The alpha-3 code of the country, or null when the dispatch names none. */
    String country() {
        if (!known) {
            country = mostNamed();
            known = true;
        }
        return country;
    }

    private String mostNamed() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Ref r : refs) if (r.country() != null && r.actor() == null) counts.merge(r.country(), 1, Integer::sum);
        for (TokenTrie.Match<KnowledgeBase.Place> m : kb.places().findAll(text.tokens(), 0, text.tokens().size())) {
            if (text.tokens().get(m.start()).capitalized()) counts.merge(m.values().get(0).country(), 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        }
        return best;
    }
}
