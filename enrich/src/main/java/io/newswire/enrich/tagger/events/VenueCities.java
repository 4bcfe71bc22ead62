package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.TokenTrie;

import java.util.ArrayList;
import java.util.List;

/**
 * The cities of kb/lexicon/venues.tsv a sentence names, written with a capital ("Istanbul", "Genève"): cities that host
 * talks and are no capital. Each is a reference of its country by the way "venue"; it places a meeting where a
 * preposition of place governs it ("ended in Istanbul", "à Genève") and is never a side, nor a country of the dispatch.
 */
final class VenueCities {

    private final TokenTrie<KnowledgeBase.Place> venues;

    VenueCities(KnowledgeBase kb) {
        this.venues = kb.venues();
    }

    /** The venue cities of a sentence, in text order. */
    List<Ref> in(AnalyzedText text, Sentence s) {
        List<Ref> out = new ArrayList<>();
        for (TokenTrie.Match<KnowledgeBase.Place> m : venues.findAll(text.tokens(), s.firstToken(), s.endToken())) {
            if (text.tokens().get(m.start()).capitalized()) out.add(new Ref(m.start(), m.end(), m.values().get(0).country(), null, "venue", s.index(), false));
        }
        return out;
    }
}
