package io.newswire.core;

/**
 * Outside values (ids, keys, subjects, file names, headers, reasons that quote them) made safe for a log line, a
 * console line or a header: control characters and line separators escaped, so no value can end a line and forge
 * the next; length bounded. The one helper for this; the log layout escapes whole messages again
 * ({@link io.newswire.core.logging.SafeMessageConverter}).
 */
public final class LogSafe {
    private LogSafe() {
    }

    /** The value with control characters escaped ({@code \n}, {@code \u0007}) and cut after {@code maxChars}, saying how long it was. */
    public static String quote(String value, int maxChars) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), maxChars) + 16);
        int shown = Math.min(value.length(), maxChars);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (value.length() > maxChars) {
            out.append("…(").append(value.length()).append(" chars)");
        }
        return out.toString();
    }

    /** The whole value with control characters escaped, however long: for text that is already bounded (a log message). */
    public static String escape(String value) {
        return value == null ? null : needsEscaping(value) ? quote(value, value.length()) : value;
    }

    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** A key or id for a log line: at most 120 characters. */
    public static String id(String value) {
        return quote(value, 120);
    }
}
