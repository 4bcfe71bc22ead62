package io.newswire.cli;

import java.util.concurrent.CountDownLatch;

/** Keeps a started component running until Ctrl-C, then closes it. */
final class Foreground {
    private Foreground() {
    }

    static void run(AutoCloseable component) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                component.close();
            } catch (Exception e) {
                System.err.println("newswire: error while stopping: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "newswire-shutdown"));
        stopped.await();
    }
}
