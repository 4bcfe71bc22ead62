package io.newswire.enrich.kb;

import io.newswire.core.text.EditDistance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares a person's names across sources that write them differently. Accents, case and punctuation do not count,
 * nor honorifics ("Sheikh", "Gen.", "(Acting)") or a monarch's "of Country"; words may differ by a letter or two
 * of transliteration (Shoigu/Shoygu, Kasoulides/Kasoulidis); a name of two or more words matches a longer one that
 * has all its words in any order ("Mohammed bin Salman" in "Mohammed bin Salman Al Saud", "Khurelsukh Ukhnaa"),
 * and a one-word form, which kb/README.md allows one person only, matches a name that has that word.
 */
final class PersonName {

    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern OF_COUNTRY = Pattern.compile("\\s+of\\s+.*$");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Titles and ranks that the CIA list and Wikidata labels put before names. */
    private static final Set<String> HONORIFICS = Set.of("sheikh", "shaikh", "sheikha", "shaykh", "cheikh", "sir", "dame",
            "dr", "prof", "gen", "general", "lt", "col", "maj", "brig", "adm", "ret", "field", "marshal", "mr", "mrs",
            "ms", "hrh", "hh", "his", "her", "highness", "majesty", "king", "queen", "prince", "princess", "emir", "amir",
            "sultan", "sayyid", "lord", "baroness", "rev", "archbishop", "cardinal", "pope", "monsignor", "msgr", "mgr",
            "eng", "engr", "lieutenant", "colonel", "major", "brigadier", "captain", "capt", "chief", "hon", "datuk",
            "dato", "sri", "tun", "haji", "hajji", "ayatollah", "mullah", "maulvi", "ratu", "lyonpo", "dasho", "jr");
    /** Shortest words compared with one, then two, letters of tolerance. */
    private static final int ONE_EDIT_FROM = 5;
    private static final int TWO_EDITS_FROM = 8;

    private final List<String> words;

    private PersonName(List<String> words) {
        this.words = words;
    }

    static PersonName of(String written) {
        String plain = OF_COUNTRY.matcher(PARENTHESES.matcher(written).replaceAll(" ").strip()).replaceAll("");
        String folded = KnowledgeBaseFilesTest.fold(plain);
        List<String> words = Arrays.stream(SEPARATORS.split(folded))
                .filter(w -> !w.isEmpty() && !HONORIFICS.contains(w))
                .toList();
        return new PersonName(words);
    }

    /** Whether a knowledge-base form (this) names the person the reference writes as {@code other}. */
    boolean sameAs(PersonName other) {
        if (words.isEmpty() || other.words.isEmpty()) {
            return false;
        }
        if (words.size() == 1) {
            return other.words.contains(words.get(0)) || (other.words.size() == 1 && close(words.get(0), other.words.get(0)));
        }
        List<String> shorter = words.size() <= other.words.size() ? words : other.words;
        List<String> longer = shorter == words ? other.words : words;
        return shorter.size() >= 2 && containsAll(longer, shorter);
    }

    static boolean anySame(Collection<PersonName> names, PersonName other) {
        return names.stream().anyMatch(n -> n.sameAs(other));
    }

    /** Every word of {@code wanted} is close to a different word of {@code words}. */
    private static boolean containsAll(List<String> words, List<String> wanted) {
        List<String> left = new ArrayList<>(words);
        for (String w : wanted) {
            String match = left.stream().filter(l -> close(l, w)).findFirst().orElse(null);
            if (match == null) {
                return false;
            }
            left.remove(match);
        }
        return true;
    }

    private static boolean close(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shortest = Math.min(a.length(), b.length());
        int allowed = shortest >= TWO_EDITS_FROM ? 2 : shortest >= ONE_EDIT_FROM ? 1 : 0;
        return allowed > 0 && Math.abs(a.length() - b.length()) <= allowed && EditDistance.between(a, b) <= allowed;
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
