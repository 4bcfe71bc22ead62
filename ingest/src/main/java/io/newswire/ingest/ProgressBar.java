package io.newswire.ingest;

import java.io.PrintStream;

/** A one-line text progress bar for a terminal: {@code [#######.......]  12/40  30%  name}. */
public final class ProgressBar {
    private static final int WIDTH = 30;
    private static final int NAME_WIDTH = 40;

    private final PrintStream out;
    private final int total;
    private int done;

    public ProgressBar(PrintStream out, int total) {
        this.out = out;
        this.total = Math.max(total, 1);
    }

    public void step(String name) {
        done++;
        int filled = (int) ((long) WIDTH * done / total);
        String label = name.length() > NAME_WIDTH ? "..." + name.substring(name.length() - NAME_WIDTH + 3) : name;
        out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%d/%d %3d%%  %-" + NAME_WIDTH + "s",
                done, total, 100L * done / total, label));
        out.flush();
    }

    /** Ends the bar's line. */
    public void finish() {
        out.println();
        out.flush();
    }
}
