package io.newswire.aggregate.api.live;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import io.newswire.aggregate.api.BadRequest;
import io.newswire.aggregate.api.NotReady;
import io.newswire.aggregate.api.PipelineHealth;
import io.newswire.aggregate.api.live.StreamedViews.Countries;
import io.newswire.aggregate.api.live.StreamedViews.RecentEvents;
import io.newswire.aggregate.api.live.StreamedViews.StreamedEvent;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The live stream, {@code GET /api/stream} (Server-Sent Events: {@code event}, {@code alert} and {@code contact} items),
 * {@code GET /api/events}, the latest events as JSON, {@code GET /api/pipeline}, the pipeline's health, and
 * {@code GET /api/countries}, the codes the API knows with their English names. Until {@link #serve} the first three answer 503.
 */
public final class LiveRoutes {
    private static final int DEFAULT_RECENT = 100;
    private static final AtomicLong CONNECTIONS = new AtomicLong();

    private volatile LiveFeed feed;
    private volatile PipelineHealth health;
    private volatile String instance;
    private volatile long replayMax;
    private volatile int held;

    public LiveRoutes(Javalin app) {
        app.get("/api/stream", this::stream);
        app.get("/api/events", this::events);
        app.get("/api/pipeline", ctx -> ctx.json(health().now()));
        app.get("/api/countries", ctx -> ctx.json(new Countries(CountryNames.all())));
    }

    public void serve(LiveFeed feed, PipelineHealth health, String instance, int held, long replayMax) {
        this.health = health;
        this.instance = instance;
        this.held = held;
        this.replayMax = replayMax;
        this.feed = feed;
    }

    private void stream(Context ctx) throws Exception {
        LiveFeed live = feed();
        String lastId = ctx.header("Last-Event-ID");
        StreamPosition sent = StreamPosition.parse(lastId != null ? lastId : ctx.queryParam("lastEventId"));
        int recent = count(ctx.queryParam("recent"), DEFAULT_RECENT, "recent");
        new SseHandler(client -> {
            client.keepAlive();
            Thread thread = new Thread(new LiveConnection(client, live, instance, sent, recent, replayMax),
                    "aggregate-live-client-" + CONNECTIONS.incrementAndGet());
            thread.setDaemon(true);
            client.onClose(thread::interrupt);
            thread.start();
        }).handle(ctx);
    }

    private void events(Context ctx) {
        LiveFeed live = feed();
        int limit = count(ctx.queryParam("limit"), DEFAULT_RECENT, "limit");
        var events = live.latest(StreamedRecords.EVENT, limit).stream().map(i -> (StreamedEvent) i.view()).toList();
        ctx.json(new RecentEvents(limit, events, live.position().token()));
    }

    /** A count from 0 to the records held in memory. */
    private int count(String value, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return Math.min(fallback, held);
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= held) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new BadRequest(name + " must be a whole number from 0 to " + held + ", not '" + value + "'");
    }

    private PipelineHealth health() {
        PipelineHealth h = health;
        if (h == null) {
            throw new NotReady("Aggregate is starting; try again");
        }
        return h;
    }

    private LiveFeed feed() {
        LiveFeed live = feed;
        if (live == null) {
            throw new NotReady("Aggregate is starting; try again");
        }
        return live;
    }
}
