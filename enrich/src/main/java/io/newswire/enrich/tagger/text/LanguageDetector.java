package io.newswire.enrich.tagger.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Decides the language of a dispatch, cheapest evidence first: a declared English or French is trusted; else a vote
 * on one-language function words (kb/lexicon/stopwords.tsv) settles clear cases; only an unsure vote asks Lingua
 * (10 languages, low-accuracy mode), whose cost grows with the text and dominates tagging otherwise.
 */
public final class LanguageDetector {

    /** The detected language (ISO 639-1, or "und") and the detector's confidence. */
    public record Detected(String language, double confidence) {
    }

    private static final double UNSURE = 0.5;
    private static final int SAMPLE_CHARS = 400;      // the lead is enough for Lingua
    private static final int VOTE_CHARS = 1500;       // the vote is cheap: read a little more
    private static final int VOTE_MIN = 6;            // function words the winner needs...
    private static final int VOTE_MARGIN = 4;         // ...and how many times the runner-up's count

    private final com.github.pemistahl.lingua.api.LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
                    Language.PORTUGUESE, Language.DUTCH, Language.RUSSIAN, Language.ARABIC, Language.TURKISH)
            .withLowAccuracyMode()
            .withPreloadedLanguageModels()
            .build();

    private final Map<String, String> stopWords = new HashMap<>();
    private final String[] languages;

    /** {@code functionWords}: per lower-case word, the one language it belongs to (kb/lexicon/stopwords.tsv). */
    public LanguageDetector(Map<String, String> functionWords) {
        stopWords.putAll(functionWords);
        languages = stopWords.values().stream().distinct().sorted().toArray(String[]::new);
    }

    public Detected detect(String text, String declared) {
        return detect(null, text, declared);
    }

    /** Detects on the headline and body; the two are joined only when the declared language does not settle it. */
    public Detected detect(String headline, String body, String declared) {
        String d = declared == null ? "" : declared.trim().toLowerCase(Locale.ROOT);
        if (d.length() > 2) d = d.substring(0, 2);
        if (d.equals("en") || d.equals("fr")) return new Detected(d, 1.0);   // a declared language we have lexicons for
        String text = headline == null ? body : headline + "\n" + body;
        Detected voted = vote(text);
        if (voted != null) return voted;
        Detected lingua = lingua(text);
        if (!d.isEmpty() && lingua.confidence() < UNSURE) return new Detected(d, lingua.confidence());
        return lingua;
    }

    /** The language whose function words clearly outnumber every other's, or null when the vote is unsure. */
    private Detected vote(String text) {
        int[] counts = new int[languages.length];
        int end = Math.min(text.length(), VOTE_CHARS);
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (word.length() > 0 && word.length() <= 6) {
                String lang = stopWords.get(word.toString());
                if (lang != null) counts[indexOf(lang)]++;
            }
            word.setLength(0);
        }
        int best = -1, first = 0, second = 0, total = 0;
        for (int i = 0; i < counts.length; i++) {
            total += counts[i];
            if (counts[i] > first) {
                second = first;
                first = counts[i];
                best = i;
            } else if (counts[i] > second) {
                second = counts[i];
            }
        }
        if (best < 0 || first < VOTE_MIN || first < VOTE_MARGIN * second) return null;
        return new Detected(languages[best], (double) first / total);
    }

    private int indexOf(String lang) {
        for (int i = 0; i < languages.length; i++) if (languages[i].equals(lang)) return i;
        return -1;
    }

    private Detected lingua(String text) {
        String sample = commonWords(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
        String language = "und";
        double confidence = 0.0;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            if (e.getValue() > confidence) {
                confidence = e.getValue();
                language = e.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
            }
        }
        return new Detected(language, confidence);
    }

    /** The words that do not start with a capital: names (Putin, Erdogan) say little about the language. */
    private static String commonWords(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int words = 0;
        for (String w : text.split("\\s+")) {
            if (w.isEmpty() || Character.isUpperCase(w.charAt(0))) continue;
            b.append(w).append(' ');
            words++;
        }
        return words >= 3 ? b.toString() : text;
    }
}
