package io.newswire.enrich.tagger.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How copy names a state's people by one word after their full name (the {@code order} column of name-order.tsv). */
public enum NameOrder {
    /** The family name comes first and stands alone: "Xi Jinping", then "Xi". */
    FAMILY_FIRST,
    /** The same for a name of three words only: "Lee Hsien Loong", then "Lee"; "Lawrence Wong" keeps the given name first. */
    FAMILY_FIRST_IN_THREE_WORDS,
    /** The person is named by the given name, the last word: "To Lam", then "Lam". */
    GIVEN_NAME_LAST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<NameOrder> find(String wireName) {
        return Arrays.stream(values()).filter(o -> o.wireName().equals(wireName)).findFirst();
    }

    static String known() {
        return Arrays.stream(values()).map(NameOrder::wireName).collect(Collectors.joining(", "));
    }
}
