package io.newswire.enrich.tagger.events;

import java.util.Locale;
import java.util.Set;

/**
 * A verb of receiving in the passive that names no host after "par", only where the guest was received (session s30):
 * "Emmanuel Macron a été reçu lundi à la Maison Blanche", "Olaf Scholz, accueilli mardi au Kremlin, a plaidé": its
 * subject is the guest, the place's state hosts. Told by what stands right before the participle: the passive's "été",
 * or a comma or the sentence's start (a participle in apposition or set before the subject); never an auxiliary of the
 * active ("a reçu", "l'a accueilli").
 */
final class PassiveWithoutAgent {
    private static final Set<String> PARTICIPLES = Set.of("reçu", "reçue", "reçus", "reçues", "accueilli", "accueillie", "accueillis", "accueillies");

    private PassiveWithoutAgent() {
    }

    static boolean of(SentenceReading s, Frame f) {
        int at = f.trigger().start();
        if (f.trigger().end() - at != 1) return false;
        String word = s.text().surface(at, at + 1).toLowerCase(Locale.ROOT);
        if (!PARTICIPLES.contains(word)) return false;
        if (at == s.sentence().firstToken()) return true;
        String before = s.text().surface(at - 1, at).toLowerCase(Locale.ROOT);
        // punctuation is no token: the comma stands in the text between the word before and the participle
        String gap = s.text().body().substring(s.text().tokens().get(at - 1).end(), s.text().tokens().get(at).start());
        return before.equals("été") || gap.contains(",");
    }
}
