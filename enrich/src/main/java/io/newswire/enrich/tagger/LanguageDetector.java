package io.newswire.enrich.tagger;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Map;
import java.util.SortedMap;

/**
 * Detects the language of a dispatch with Lingua, restricted to the languages a wire desk meets, in low-accuracy
 * mode (trigram models only) to keep memory small. A declared language is used when detection is unsure.
 */
final class LanguageDetector {

    /** The detected language (ISO 639-1, or "und") and the detector's confidence. */
    record Detected(String language, double confidence) {
    }

    private static final double UNSURE = 0.5;
    private static final int SAMPLE_CHARS = 400;      // the lead is enough: detection is the costliest step and grows with length

    private final com.github.pemistahl.lingua.api.LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
                    Language.PORTUGUESE, Language.DUTCH, Language.RUSSIAN, Language.ARABIC, Language.TURKISH)
            .withLowAccuracyMode()
            .withPreloadedLanguageModels()
            .build();

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

    Detected detect(String text, String declared) {
        String sample = commonWords(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
        String language = "und";
        double confidence = 0.0;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            if (e.getValue() > confidence) {
                confidence = e.getValue();
                language = e.getKey().getIsoCode639_1().name().toLowerCase();
            }
        }
        if (declared != null && !declared.isBlank() && confidence < UNSURE) {
            String d = declared.trim().toLowerCase();
            return new Detected(d.length() > 2 ? d.substring(0, 2) : d, confidence);
        }
        return new Detected(language, confidence);
    }
}
