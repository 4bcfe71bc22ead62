package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.text.AnalyzedText;

import java.util.Locale;

/**
 * A verb of receiving in the passive that names no host after "par", only where the guest was received (session s30):
 * "Emmanuel Macron a été reçu lundi à la Maison Blanche", "Olaf Scholz, accueilli mardi au Kremlin, a plaidé": its
 * subject is the guest, the place's state hosts. The trigger is one word that is a past participle (the language
 * profile's participle and agreement endings: "reçu", "accueillies"), told passive by what stands right before it: the
 * past participle of "to be" (person words, {@code copula_past}: "été"), or a comma or the sentence's start (a participle
 * in apposition or set before the subject); never an auxiliary of the active ("a reçu", "l'a accueilli").
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
        if (at == s.sentence().firstToken()) return true;
        // punctuation is no token: the comma stands in the text between the word before and the participle
        String gap = text.body().substring(text.tokens().get(at - 1).end(), text.tokens().get(at).start());
        return text.lexicon().personWords().is(text.tokens(), at - 1, PersonWords.Kind.COPULA_PAST) || gap.contains(",");
    }
}
