package io.newswire.enrich.tagger.kb;

import io.newswire.enrich.tagger.text.CuePhrase;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When a country form does not stand for the country (kb/lexicon/ambiguity.tsv).
 *
 * @param kind   what the rule checks
 * @param cue    folded cue terms, empty for case, drop and first_name; for given_name, a word that keeps the title's reading; for prefer, the preferred code
 * @param phrase the cue terms compiled for matching
 */
public record AmbiguityRule(Kind kind, String[] cue, String note, CuePhrase phrase) {

    /** The {@code rule} column. */
    public enum Kind {
        /** The form stands for the country only capitalised. */
        CASE("case"),
        /** The form never stands for the country (a blocker). */
        DROP("drop"),
        /** Not next to another capitalised name ("Jordan Peterson", "Michael Jordan"). */
        FIRST_NAME("first_name"),
        /** Not when the cue stands right before it ("state of Georgia"). */
        STOP_BEFORE("stop_before"),
        /** Not when the cue stands right after it ("Turkey dinner"). */
        STOP_AFTER("stop_after"),
        /** Not when the cue is in the sentence ("Atlanta"). */
        STOP_SENTENCE("stop_sentence"),
        /** Not when the cue is anywhere in the dispatch. */
        STOP_DOCUMENT("stop_document"),
        /** Of the countries a shared form may stand for, the one whose code the cue column gives. */
        PREFER("prefer"),
        /**
         * A title word that also opens personal names ("Pape Diouf"): not when a capitalised word follows it, unless a
         * cue of the form's given_name lines starts there (the pope's regnal names: "Pope Benedict", "pape François").
         */
        GIVEN_NAME("given_name");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public static Optional<Kind> find(String wireName) {
            return Arrays.stream(values()).filter(k -> k.wireName.equals(wireName)).findFirst();
        }

        public static String known() {
            return Arrays.stream(values()).map(k -> k.wireName).collect(Collectors.joining(", "));
        }
    }

    public AmbiguityRule(Kind kind, String[] cue, String note) {
        this(kind, cue, note, new CuePhrase(cue));
    }
}
