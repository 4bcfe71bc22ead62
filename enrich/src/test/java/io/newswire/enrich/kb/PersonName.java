package io.newswire.enrich.kb;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares a person's names across sources that write them differently: accents, case and punctuation do not count,
 * nor honorifics ("Sheikh", "Gen.", "(Acting)"), and a name of two or more words matches a longer one that contains
 * all its words ("Mohammed bin Salman" and "Mohammed bin Salman Al Saud").
 */
final class PersonName {

    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Titles and ranks that the CIA list and Wikidata labels put before names. */
    private static final Set<String> HONORIFICS = Set.of("sheikh", "shaikh", "sheikha", "shaykh", "cheikh", "sir", "dame",
            "dr", "prof", "gen", "general", "lt", "col", "maj", "brig", "adm", "ret", "field", "marshal", "mr", "mrs",
            "ms", "hrh", "hh", "his", "her", "highness", "majesty", "king", "queen", "prince", "princess", "emir", "amir",
            "sultan", "sayyid", "lord", "baroness", "rev", "archbishop", "cardinal", "pope", "monsignor", "msgr", "mgr",
            "eng", "engr", "lieutenant", "colonel", "major", "brigadier", "captain", "capt", "chief", "hon", "datuk",
            "dato", "tan", "sri", "tun", "haji", "hajji", "ayatollah", "mullah", "maulvi", "ratu", "lyonpo", "dasho");

    private final List<String> words;

    private PersonName(List<String> words) {
        this.words = words;
    }

    static PersonName of(String written) {
        String folded = KnowledgeBaseFilesTest.fold(PARENTHESES.matcher(written).replaceAll(" "));
        List<String> words = Arrays.stream(SEPARATORS.split(folded))
                .filter(w -> !w.isEmpty() && !HONORIFICS.contains(w))
                .toList();
        return new PersonName(words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Same words, or every word of a name of two words or more found in the other name. */
    boolean sameAs(PersonName other) {
        if (words.isEmpty() || other.words.isEmpty()) {
            return false;
        }
        return words.equals(other.words)
                || (words.size() >= 2 && other.words.containsAll(words))
                || (other.words.size() >= 2 && words.containsAll(other.words));
    }

    static boolean anySame(Collection<PersonName> names, PersonName other) {
        return names.stream().anyMatch(n -> n.sameAs(other));
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
