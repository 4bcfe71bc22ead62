package io.newswire.cli;

/** Dispatch texts written for the failure tests. */
final class WireText {
    /** An ordinary report of one call, dated by its publication time. */
    static final String CALL = "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke by telephone "
            + "on Friday about the fighting in Syria, the Kremlin said.";

    /** A report of one call that names no day: the call is dated by the publication time alone. */
    static final String UNDATED_CALL = "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke by telephone "
            + "about the fighting in Syria, the Kremlin said.";

    private static final String[] DENSE = {
            "Russia and Turkey spoke by phone with France, Germany and Ukraine on Friday. ",
            "Vladimir Putin called Recep Tayyip Erdogan about Syria, Iran and Israel. ",
            "The presidents of China, India and Brazil held a telephone call with Egypt. "};

    private WireText() {
    }

    /** About {@code chars} characters of sentences naming countries and leaders, the worst case for what enrich emits. */
    static String denseWithCountries(int chars) {
        StringBuilder text = new StringBuilder(chars + 100);
        for (int i = 0; text.length() < chars; i++) {
            text.append(DENSE[i % DENSE.length]);
        }
        return text.toString();
    }
}
