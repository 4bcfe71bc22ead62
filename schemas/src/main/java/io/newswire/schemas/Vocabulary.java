package io.newswire.schemas;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the vocabulary enums ({@link EventType}, {@link EventStatus}, {@link ParticipantPart}, {@link DateSource}) are read from their wire names. */
final class Vocabulary {

    private Vocabulary() {
    }

    static <E> Optional<E> find(E[] values, Function<E, String> wireName, String name) {
        return Arrays.stream(values).filter(v -> wireName.apply(v).equals(name)).findFirst();
    }

    static <E> E of(E[] values, Function<E, String> wireName, String name, String what) {
        return find(values, wireName, name).orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + name
                + "' (known: " + Arrays.stream(values).map(wireName).collect(Collectors.joining(", ")) + ")"));
    }
}
