package io.newswire.aggregate.api.live;

import io.javalin.http.sse.SseClient;
import io.newswire.aggregate.api.Json;
import io.newswire.aggregate.api.live.StreamedViews.StreamReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One client of the live stream, served by its own thread so a slow client never holds up the feed: first what it
 * missed (from the feed's memory, or from Kafka when it is further behind), then each new item as it is read.
 * A client that falls more than its queue behind is disconnected; its browser reconnects with its last id and resumes.
 */
final class LiveConnection implements LiveFeed.Listener, Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveConnection.class);
    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final int QUEUE = 10_000;

    private final SseClient client;
    private final LiveFeed feed;
    private final StreamReplay replay;
    private final String instance;
    private final int recent;
    private final long replayMax;
    private final BlockingQueue<StreamItem> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean overflowed;
    private StreamPosition sent;

    LiveConnection(SseClient client, LiveFeed feed, String instance, StreamPosition sent, int recent, long replayMax) {
        this.client = client;
        this.feed = feed;
        this.replay = new StreamReplay(feed);
        this.instance = instance;
        this.sent = sent;
        this.recent = recent;
        this.replayMax = replayMax;
    }

    @Override
    public void accept(StreamItem item) {
        if (!queue.offer(item)) {
            overflowed = true;
        }
    }

    @Override
    public void run() {
        try {
            boolean resumed = !sent.equals(StreamPosition.NONE);
            if (resumed) {
                send("ready", new StreamReady(instance, true), null);
            }
            LiveFeed.Joined joined = feed.join(sent, recent, this);
            boolean startedOver = !resumed;
            while (joined.behindMemory()) {
                StreamPosition caughtUp = replay.replay(sent, joined.heldFrom(), replayMax, this::send);
                // further behind than a replay may send: start again from now, and say so
                startedOver = caughtUp == null;
                sent = startedOver ? StreamPosition.NONE : caughtUp;
                joined = feed.join(sent, recent, this);
            }
            if (startedOver) {
                // a client that is sent nothing yet still gets a position, so a reconnect resumes from here
                send(resumed ? "reset" : "ready", new StreamReady(instance, false), joined.missed().isEmpty() ? joined.position() : null);
            }
            joined.missed().forEach(this::send);
            while (!client.terminated() && !overflowed) {
                StreamItem item = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (item == null) {
                    client.sendComment("keep-alive");
                } else {
                    send(item);
                }
            }
            if (overflowed) {
                LOG.info("Live stream client fell {} items behind: disconnected, it resumes from its last id", QUEUE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Live stream connection ended: {}", e.toString());
        } finally {
            feed.leave(this);
            client.close();
        }
    }

    private void send(StreamItem item) {
        send(item.kind(), item.view(), item.after());
    }

    private void send(String event, Object view, StreamPosition id) {
        try {
            client.sendEvent(event, Json.MAPPER.writeValueAsString(view), id == null ? null : id.token());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + event + " as JSON", e);
        }
    }
}
