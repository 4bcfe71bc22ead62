package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.WordClass;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;

import io.newswire.schemas.EventType;

import java.util.List;

/**
 * A readout's heading with no owner as its lead ("MOSCOW, July 1 - Telephone conversation with President of France
 * Emmanuel Macron.", "Entretien avec le Premier ministre de l'Inde, M. Narendra Modi."): a call or meeting noun opens
 * the sentence and "with"/"avec" follows it at once, or a call's medium word stands between them ("Entretien téléphonique
 * avec": a call). Its owner is the principal of the office that issues the readout:
 * the office that speaks in the sentence, else the first seat the dispatch names ("the Kremlin said", "a indiqué
 * l'Elysée"), else the dateline's state. The owner stands where a possessive would, right before the noun.
 */
final class OwnerlessHeading {

    private OwnerlessHeading() {
    }

    /** The heading's implicit owner, or nothing when the sentence does not open with an ownerless call or meeting noun. */
    static List<Ref> of(AnalyzedText text, Sentence s, CueIndex cues, List<Ref> here, List<Ref> refs) {
        int open = Dateline.openingToken(text, s);
        for (CueIndex.TriggerAt t : cues.triggers()) {
            if (t.trigger().word() != WordClass.NOUN) continue;
            if (t.start() != open && !(t.start() == open + 1 && mediumAfterNoun(t, open, here))) continue;
            if (t.trigger().type() != EventType.PHONE_CALL && t.trigger().type() != EventType.MEETING) continue;
            if (!withAfter(cues, t)) continue;
            String issuer = BareTitles.officeHere(cues, here);
            if (issuer == null) issuer = seatOfTheDispatch(refs);
            if (issuer == null) issuer = Dateline.country(text, refs);
            if (issuer == null) return List.of();
            return List.of(new Ref(t.start(), t.start(), issuer, null, "issuer", s.index(), false));
        }
        return List.of();
    }

    /**
     * "Entretien téléphonique avec": the call's medium word, read as the call, right after an opening word that names
     * no one ("Trump call with Putin" is Trump's call, not the issuer's).
     */
    private static boolean mediumAfterNoun(CueIndex.TriggerAt t, int open, List<Ref> here) {
        if (t.trigger().type() != EventType.PHONE_CALL) return false;
        for (Ref r : here) if (r.from() <= open && r.to() > open) return false;
        return true;
    }

    /** "with"/"avec" right after the noun, or closing it ("call with"). */
    private static boolean withAfter(CueIndex cues, CueIndex.TriggerAt t) {
        for (CueIndex.At w : cues.all(CueKind.WITH)) if (w.start() == t.end() || w.end() == t.end()) return true;
        return false;
    }

    /** The first seat the dispatch names (the office that speaks in a later sentence: "the Kremlin said"). */
    static String seatOfTheDispatch(List<Ref> refs) {
        Ref first = null;
        for (Ref r : refs) {
            if (r.country() != null && "seat".equals(r.via()) && (first == null || r.from() < first.from())) first = r;
        }
        return first == null ? null : first.country();
    }
}
