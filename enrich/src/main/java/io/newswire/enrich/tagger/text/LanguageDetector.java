package io.newswire.enrich.tagger.text;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.SortedMap;

/**
 * Decides the language of a dispatch, cheapest evidence first: a declared language is trusted, whatever it is; else a
 * vote on one-language function words (kb/lexicon/stopwords.tsv) settles clear cases; only an unsure vote asks Lingua
 * (the languages of kb/lexicon/languages.tsv, low-accuracy mode), whose cost grows with the text. On short or
 * name-heavy text Lingua guesses: there, the only language whose function words the text has wins, and with no
 * function word at all, the only language whose one-word event triggers it has ("Putin phoned Erdogan").
 */
public final class LanguageDetector {

    /** The detected language (ISO 639-1, or "und") and the detector's confidence. */
    public record Detected(String language, double confidence) {
    }

    private static final int SAMPLE_CHARS = 400;      // the lead is enough for Lingua
    private static final int VOTE_CHARS = 1500;       // the vote is cheap: read a little more
    private static final int VOTE_MIN = 6;            // function words the winner needs...
    private static final int VOTE_MARGIN = 4;         // ...and how many times the runner-up's count
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private final com.github.pemistahl.lingua.api.LanguageDetector detector;
    private final Map<String, String> stopWords = new HashMap<>();
    private final Map<String, String> eventWords = new HashMap<>();
    private final Set<String> nameParticles;
    private final String[] languages;
    private final int longestStopWord;
    private final int longestEventWord;

    /**
     * @param candidates    the languages Lingua chooses among (ISO 639-1)
     * @param functionWords per lower-case word, the one language it belongs to
     * @param eventWords    per lower-case one-word trigger ("phoned", "sommet"), the one language it belongs to
     * @param nameParticles lower-case words that stand inside names ("von der Leyen"): no vote where a name follows
     */
    public LanguageDetector(List<String> candidates, Map<String, String> functionWords, Map<String, String> eventWords, Set<String> nameParticles) {
        detector = LanguageDetectorBuilder
                .fromIsoCodes639_1(candidates.stream().map(c -> IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT))).toArray(IsoCode639_1[]::new))
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
        stopWords.putAll(functionWords);
        this.eventWords.putAll(eventWords);
        this.nameParticles = Set.copyOf(nameParticles);
        languages = candidates.stream().sorted().toArray(String[]::new);
        longestStopWord = stopWords.keySet().stream().mapToInt(String::length).max().orElse(0);
        longestEventWord = eventWords.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public Detected detect(String text, String declared) {
        return detect(null, text, declared);
    }

    /** Detects on the headline and body; the two are joined only when the declared language does not settle it. */
    public Detected detect(String headline, String body, String declared) {
        String d = declaredCode(declared);
        if (d != null) return new Detected(d, 1.0);
        String text = headline == null ? body : headline + "\n" + body;
        int[] votes = votes(text, stopWords);
        Detected voted = clearWinner(votes);
        if (voted != null) return voted;
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(lingua(text));
        Detected guessed = best(values);
        // "Biden, Putin to meet in Geneva": too few words for Lingua, which may say Dutch; the text's own words decide
        String only = onlyVoted(votes);
        if (only == null && Arrays.stream(votes).allMatch(v -> v == 0)) only = onlyVoted(votes(text, eventWords));
        if (only != null && !only.equals(guessed.language())) return new Detected(only, confidenceOf(values, only));
        return guessed;
    }

    /** The ISO 639-1 code of a declared language ("sv", "sv-SE", "swe"), or null when it names none. */
    private static String declaredCode(String declared) {
        if (declared == null) return null;
        String code = declared.trim().toLowerCase(Locale.ROOT);
        int subtag = Math.max(code.indexOf('-'), code.indexOf('_'));       // "sv-SE": the language is before the region
        if (subtag > 0) code = code.substring(0, subtag);
        if (code.length() == 2) return ISO_639_1.contains(code) ? code : null;
        if (code.length() != 3) return null;
        for (String iso : ISO_639_1) {
            try {
                if (new Locale(iso).getISO3Language().equals(code)) return iso;
            } catch (MissingResourceException e) {
                // a language without a three-letter code: not this one
            }
        }
        return null;
    }

    /** How many of the words of each language (in the order of {@code languages}) the lead of the text has, names' particles left out. */
    private int[] votes(String text, Map<String, String> words) {
        int[] counts = new int[languages.length];
        int longest = words == stopWords ? longestStopWord : longestEventWord;   // a longer word is in neither list: no lookup
        int limit = Math.min(text.length(), VOTE_CHARS);
        // the words are read in place, where a list of the lead's words cost a String per word of every dispatch
        for (int start = wordStart(text, 0, limit); start < limit; ) {
            int end = wordEnd(text, start, limit);
            if (end - start <= longest) {
                String lang = words.get(lowerCase(text, start, end));
                if (lang != null && !inAName(text, start, end, limit)) counts[indexOf(lang)]++;
            }
            start = wordStart(text, end, limit);
        }
        return counts;
    }

    /** Whether the word text[start, end) is a particle before a name: "von der Leyen", "Van Rompuy", "al-Assad". */
    private boolean inAName(String text, int start, int end, int limit) {
        boolean particle = false;
        while (start < limit && nameParticles.contains(lowerCase(text, start, end))) {
            particle = true;
            start = wordStart(text, end, limit);
            end = wordEnd(text, start, limit);
        }
        return particle && start < limit && Character.isUpperCase(text.charAt(start));
    }

    /** Where the first word at or after {@code from} starts (a word: letters only), or {@code limit}. */
    private static int wordStart(String text, int from, int limit) {
        while (from < limit && !Character.isLetter(text.charAt(from))) from++;
        return from;
    }

    /** Where the word starting at {@code start} ends, at {@code limit} at the latest. */
    private static int wordEnd(String text, int start, int limit) {
        while (start < limit && Character.isLetter(text.charAt(start))) start++;
        return start;
    }

    private static String lowerCase(String text, int start, int end) {
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The language whose function words clearly outnumber every other's, or null when the vote is unsure. */
    private Detected clearWinner(int[] counts) {
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

    /** The one language that got votes, or null when none or several did. */
    private String onlyVoted(int[] counts) {
        String only = null;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) continue;
            if (only != null) return null;
            only = languages[i];
        }
        return only;
    }

    private int indexOf(String lang) {
        for (int i = 0; i < languages.length; i++) if (languages[i].equals(lang)) return i;
        return -1;
    }

    /** What Lingua reads: the lead, names left out. */
    private static String lingua(String text) {
        return commonWords(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
    }

    private static Detected best(SortedMap<Language, Double> values) {
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

    private static double confidenceOf(SortedMap<Language, Double> values, String code) {
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            if (e.getKey().getIsoCode639_1().name().equalsIgnoreCase(code)) return e.getValue();
        }
        return 0.0;
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
