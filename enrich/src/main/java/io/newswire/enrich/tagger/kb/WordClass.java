package io.newswire.enrich.tagger.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a trigger stands in its sentence (the {@code word} column of triggers-{lang}.tsv): a verb is governed by what
 * stands before it ("hoped to meet", "will call"); a noun also by what follows it ("the ceasefire took effect"); an
 * adverbial qualifies its clause's verb ("by phone", "en présence de"), so only the verb's tense or denial governs
 * it ("agreed by phone to..." tells of the agreement, the call took place).
 */
public enum WordClass {
    VERB, NOUN, ADVERBIAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WordClass> find(String wireName) {
        return Arrays.stream(values()).filter(w -> w.wireName().equals(wireName)).findFirst();
    }

    public static String known() {
        return Arrays.stream(values()).map(WordClass::wireName).collect(Collectors.joining(", "));
    }
}
