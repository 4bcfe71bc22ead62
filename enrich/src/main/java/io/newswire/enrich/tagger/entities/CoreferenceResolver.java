package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves plural anaphors ("ils", "les deux dirigeants", "they", "the two leaders") to the parties of the last
 * sentence that named two or more countries' representatives, looking back a few sentences at most.
 */
public final class CoreferenceResolver {

    private static final int LOOK_BACK = 3;

    private final List<List<Ref>> bySentence;
    private final AnalyzedText text;

    public CoreferenceResolver(AnalyzedText text, List<Ref> refs) {
        this.text = text;
        bySentence = new ArrayList<>();
        for (int i = 0; i < text.sentences().size(); i++) bySentence.add(new ArrayList<>());
        for (Ref r : refs) if (r.sentence() >= 0 && !r.locative()) bySentence.get(r.sentence()).add(r);
    }

    /** The references an anaphor in sentence {@code index} stands for, one per country, or an empty list. */
    public List<Ref> antecedents(int index) {
        for (int i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
            // the people of the reported event, not the source quoted after "a annoncé" / "according to"
            int speaker = speakerAt(text, text.sentences().get(i));
            Map<String, Ref> reported = byCountry(bySentence.get(i).stream().filter(r -> r.from() < speaker).toList(), true);
            if (reported.size() >= 2) return new ArrayList<>(reported.values());
            Map<String, Ref> people = byCountry(bySentence.get(i), true);
            if (people.size() >= 2) return new ArrayList<>(people.values());
            // "le président américain ... pour appeler le chef du Kremlin": a person and a seat standing for its leader
            Map<String, Ref> any = byCountry(bySentence.get(i), false);
            if (people.size() == 1 && any.size() == 2) return new ArrayList<>(any.values());
        }
        for (int i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
            Map<String, Ref> any = byCountry(bySentence.get(i), false);
            if (any.size() >= 2) return new ArrayList<>(any.values());
        }
        return List.of();
    }

    /**
     * The references an anaphor that says how many it stands for ("the four leaders": {@code count}) in sentence
     * {@code index} stands for: those of {@link #antecedents(int)}; when they are more than the count, the people of
     * their sentence coordinated in a group of that count ({@link Coordinations}); when they are fewer than the count and an
     * earlier sentence within reach named that many people, or at least that many states, the first of them ("The leaders of France, Germany, Russia and Ukraine met
     * ... Putin and Zelenskiy held talks. The four leaders agreed to meet again").
     */
    public List<Ref> antecedents(int index, int count) {
        List<Ref> nearest = antecedents(index);
        if (count >= 2 && count < nearest.size() && text.lexicon() != null) {
            // "X hosted A and B. The two presidents": the people named as a pair, not the host, speaker or caller beside them
            List<Ref> pair = Coordinations.of(text, bySentence.get(nearest.get(0).sentence()), count);
            if (pair != null) return pair;
        }
        if (count <= nearest.size()) return nearest;
        for (int i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
            Map<String, Ref> people = byCountry(bySentence.get(i), true);
            if (people.size() == count) return new ArrayList<>(people.values());
            // "The leaders of Iran, Russia and Turkey met ... on Syria's Idlib province": the first that many states named
            Map<String, Ref> any = byCountry(bySentence.get(i), false);
            if (any.size() >= count) return new ArrayList<>(any.values()).subList(0, count);
        }
        return nearest;
    }

    /** The first token of the sentence's first speaker cue, or its end when it has none. */
    private static int speakerAt(AnalyzedText text, Sentence s) {
        int at = text.lexicon() == null ? -1 : text.lexicon().firstCue(text, s.firstToken(), s.endToken(), CueKind.SPEAKER);
        return at < 0 ? s.endToken() : at;
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
