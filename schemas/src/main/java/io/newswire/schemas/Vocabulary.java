package io.newswire.schemas;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the vocabulary enums ({@link EventType}, {@link EventStatus}, {@link ParticipantPart}, {@link DateSource}) are read from their wire names. */
final class Vocabulary {

    private Vocabulary() {
    }

    /** A loop, not a stream: aggregate reads the type and status of every event this way. */
    static <E> Optional<E> find(E[] values, Function<E, String> wireName, String name) {
        for (E value : values) {
            if (wireName.apply(value).equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static <E> E of(E[] values, Function<E, String> wireName, String name, String what) {
        return find(values, wireName, name).orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + name
                + "' (known: " + Arrays.stream(values).map(wireName).collect(Collectors.joining(", ")) + ")"));
    }
}
