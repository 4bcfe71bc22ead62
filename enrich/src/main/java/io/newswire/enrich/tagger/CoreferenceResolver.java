package io.newswire.enrich.tagger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves plural anaphors ("ils", "les deux dirigeants", "they", "the two leaders") to the parties of the last
 * sentence that named two or more countries' representatives, looking back a few sentences at most.
 */
final class CoreferenceResolver {

    private static final int LOOK_BACK = 3;

    private final List<List<Ref>> bySentence;

    CoreferenceResolver(AnalyzedText text, List<Ref> refs) {
        bySentence = new ArrayList<>();
        for (int i = 0; i < text.sentences.size(); i++) bySentence.add(new ArrayList<>());
        for (Ref r : refs) if (r.sentence() >= 0 && !r.locative()) bySentence.get(r.sentence()).add(r);
    }

    /** The references an anaphor in sentence {@code index} stands for, one per country, or an empty list. */
    List<Ref> antecedents(int index) {
        for (int i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
            Map<String, Ref> people = byCountry(bySentence.get(i), true);
            if (people.size() >= 2) return new ArrayList<>(people.values());
        }
        for (int i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
            Map<String, Ref> any = byCountry(bySentence.get(i), false);
            if (any.size() >= 2) return new ArrayList<>(any.values());
        }
        return List.of();
    }

    private static Map<String, Ref> byCountry(List<Ref> refs, boolean peopleOnly) {
        Map<String, Ref> out = new LinkedHashMap<>();
        for (Ref r : refs) {
            if (r.country() == null || (peopleOnly && r.actor() == null)) continue;
            Ref known = out.get(r.country());
            if (known == null || (known.actor() == null && r.actor() != null)) out.put(r.country(), r);
        }
        return out;
    }
}
