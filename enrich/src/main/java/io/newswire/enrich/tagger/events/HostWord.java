package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a guest's word for his host stands for ("son hôte", "leur hôte": cue kind {@code host_word}): the person named
 * last before it, in its sentence or the {@link #LOOK_BACK} sentences before, whose state is not its owner's; the owner
 * is the last person of the sentence named before the word ("Au terme de ces entretiens, le président chinois a invité
 * son hôte à se rendre en Chine": Vladimir Poutine, named with Xi in the sentence before; "a appelé de ses voeux une
 * nouvelle rencontre entre son hôte et Kim Jong Un": the one who received the speaker). With no owner before it in its
 * sentence, or no person of another state before it, the word stands for nobody (session s32, fr-sum5).
 */
final class HostWord {
    /** How many sentences before the word's own its host may be named in. */
    private static final int LOOK_BACK = 2;

    private HostWord() {
    }

    static List<Ref> of(Sentence s, CueIndex cues, List<Ref> here, List<Ref> refs) {
        List<Ref> out = new ArrayList<>();
        for (CueIndex.At word : cues.all(CueKind.HOST_WORD)) {
            Ref owner = null;
            for (Ref r : here) if (r.actor() != null && r.country() != null && r.to() <= word.start()) owner = r;
            if (owner == null) continue;
            Ref host = null;
            for (Ref r : refs) {
                if (r.actor() == null || r.country() == null || r.to() > word.start() || r.sentence() < s.index() - LOOK_BACK) continue;
                if (!Objects.equals(r.country(), owner.country())) host = r;
            }
            if (host != null) out.add(new Ref(word.start(), word.end(), host.country(), host.actor(), "coreference", s.index(), false));
        }
        return out;
    }
}
