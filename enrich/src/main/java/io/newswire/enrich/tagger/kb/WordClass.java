package io.newswire.enrich.tagger.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a trigger stands in its sentence (the {@code word} column of triggers-{lang}.tsv): a verb is governed by what
 * stands before it ("hoped to meet", "will call"); a noun also by what follows it ("the ceasefire took effect").
 */
public enum WordClass {
    VERB, NOUN;

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
