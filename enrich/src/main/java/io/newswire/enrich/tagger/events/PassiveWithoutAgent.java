package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.text.AnalyzedText;

import java.util.List;
import java.util.Locale;

/**
 * A verb of receiving in the passive that names no host after "par", only where the guest was received (session s30):
 * "Emmanuel Macron a été reçu lundi à la Maison Blanche", "Olaf Scholz, accueilli mardi au Kremlin, a plaidé": its
 * subject is the guest, the place's state hosts. The trigger is one word that is a past participle (the language
 * profile's participle and agreement endings: "reçu", "accueillies"), told passive by what stands right before it: the
 * past participle of "to be" (person words, {@code copula_past}: "été"), or a comma or the sentence's start after any dateline (a
 * participle in apposition or set before the subject); never an auxiliary of the active ("a reçu", "l'a accueilli").
 */
final class PassiveWithoutAgent {

    private PassiveWithoutAgent() {
    }

    static boolean of(SentenceReading s, Frame f) {
        int at = f.trigger().start();
        if (f.trigger().end() - at != 1) return false;
        AnalyzedText text = s.text();
        String word = text.surface(at, at + 1).toLowerCase(Locale.ROOT);
        if (!text.lexicon().profile().participle(word)) return false;
        if (opens(s, f)) return true;
        // punctuation is no token: the comma stands in the text between the word before and the participle
        String gap = text.body().substring(text.tokens().get(at - 1).end(), text.tokens().get(at).start());
        return text.lexicon().personWords().is(text.tokens(), at - 1, PersonWords.Kind.COPULA_PAST) || gap.contains(",");
    }

    /** Whether the participle opens its sentence, after any dateline ("PARIS, 28 novembre - Reçu jeudi à l'Elysée, X a"). */
    static boolean opens(SentenceReading s, Frame f) {
        return f.trigger().start() == Dateline.openingToken(s.text(), s.sentence());
    }

    /** A participle that opens its sentence read whole: the place its phrase names and the subject it stands before. */
    record Fronted(Ref place, Ref guest) {
    }

    /**
     * The place and the guest of a participle that opens its sentence: the first place in its phrase, up to the first
     * comma after it, and the first party named after that comma, places aside ("Reçu jeudi à l'Elysée pour la première
     * visite d'Etat d'un président nigérian ..., Bola Tinubu a appelé": the demonym inside the phrase is no guest, nor a
     * place after the subject, "a plaidé pour une aide à l'Ukraine", the host). Null when the phrase has no comma, place
     * or guest.
     */
    static Fronted fronted(SentenceReading s, Frame f, List<Ref> named) {
        int comma = -1;
        for (int t = f.trigger().end(); t < s.sentence().endToken() && comma < 0; t++) {
            if (Clauses.Punctuation.before(s.text(), t, s.sentence()) == Clauses.Punctuation.COMMA) comma = t;
        }
        if (comma < 0) return null;
        Ref place = null;
        for (Ref r : named) {
            if (r.country() == null || r.from() < f.trigger().end() || !FrameReader.isVenue(r, s.cues(), named)) continue;
            if (r.from() < comma && place == null) place = r;
        }
        if (place == null) return null;
        for (Ref r : named) {
            if (r.from() >= comma && r.country() != null && !FrameReader.isVenue(r, s.cues(), named)) return new Fronted(place, r);
        }
        return null;
    }
}
