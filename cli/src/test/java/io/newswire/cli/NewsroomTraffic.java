package io.newswire.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Newsrooms posting the generated wire to ingest without pause: one lane per group of dispatch ids (so each id's
 * versions go in order), a steady pace, and every 503 or dropped connection sent again until it is answered.
 * Posts from a given index on wait until they are allowed, so that a fault can be injected mid-stream.
 */
final class NewsroomTraffic {
    private static final Duration GIVE_UP = Duration.ofSeconds(180);

    /** The final answer to one post, when it came, and how many 503s or failed connections came before it. */
    record Answer(GeneratedWire.Post post, int status, String body, long answeredAtNanos, int refusedFirst) {
    }

    private final WireClient client;
    private final List<GeneratedWire.Post> posts;
    private final int lanes;
    private final long pauseNanos;
    private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger answered = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile int allowedBelow;

    NewsroomTraffic(String ingestUrl, List<GeneratedWire.Post> posts, int lanes, double postsPerSecond) {
        this.client = new WireClient(ingestUrl);
        this.posts = posts;
        this.lanes = lanes;
        this.pauseNanos = (long) (lanes * 1e9 / postsPerSecond);
        this.allowedBelow = posts.size();
    }

    /** Posts with an index at or beyond this one wait until allowed. */
    void allowBelow(int index) {
        allowedBelow = Math.min(index, posts.size());
    }

    int size() {
        return posts.size();
    }

    int answered() {
        return answered.get();
    }

    boolean finished() {
        return threads.stream().noneMatch(Thread::isAlive);
    }

    List<Answer> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    void start() {
        for (int lane = 0; lane < lanes; lane++) {
            int mine = lane;
            Thread t = new Thread(() -> run(mine), "newsroom-" + lane);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void run(int lane) {
        for (int i = 0; i < posts.size(); i++) {
            GeneratedWire.Post post = posts.get(i);
            if (Math.floorMod(post.id().hashCode(), lanes) != lane) {
                continue;
            }
            while (i >= allowedBelow && !Thread.currentThread().isInterrupted()) {
                pause(50_000_000L);
            }
            long started = System.nanoTime();
            answers.add(send(post));
            answered.incrementAndGet();
            pause(pauseNanos - (System.nanoTime() - started));
        }
    }

    private Answer send(GeneratedWire.Post post) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        int refused = 0;
        while (true) {
            try {
                WireClient.Answer answer = client.postText(post.id(), post.version(), post.text(), post.published());
                if (answer.status() != 503 || System.nanoTime() > deadline) {
                    return new Answer(post, answer.status(), answer.body(), System.nanoTime(), refused);
                }
            } catch (Exception connection) {
                if (System.nanoTime() > deadline) {
                    return new Answer(post, -1, connection.toString(), System.nanoTime(), refused);
                }
            }
            refused++;
            pause(250_000_000L);
        }
    }

    private static void pause(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
