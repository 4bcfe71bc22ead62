package io.newswire.core;

/** Outside values (ids, keys, reasons that quote them) made safe for a log line or a header: control characters escaped, length bounded. */
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
                    if (Character.isISOControl(c)) {
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

    /** A key or id for a log line: at most 120 characters. */
    public static String id(String value) {
        return quote(value, 120);
    }
}
