package io.newswire.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/** Things started one after another, closed in reverse order; closing twice (Ctrl-C, then normal exit) is harmless. */
final class Components implements AutoCloseable {
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    synchronized <T extends AutoCloseable> T add(T component) {
        started.push(component);
        return component;
    }

    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("newswire: error while stopping a component: " + e.getMessage());
            }
        }
    }
}
