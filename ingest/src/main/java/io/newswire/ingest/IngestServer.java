package io.newswire.ingest;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.ingest.format.DispatchMetadata;
import io.newswire.ingest.format.InvalidDispatchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP API: {@code POST /dispatches} (202 once stored, 200 for a duplicate, 400/409/413/415 for what
 * cannot be taken, 422 for an item with no text, 503 while Kafka or the registry is down; a bundle answers
 * item by item), {@code GET /health} and {@code GET /metrics}.
 */
public final class IngestServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestServer.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final Intake intake;
    private final PrometheusMeterRegistry meters;
    private final int maxBytes;
    private final Javalin app;

    private IngestServer(Intake intake, PrometheusMeterRegistry meters) {
        this.intake = intake;
        this.meters = meters;
        this.maxBytes = intake.config().maxDispatchBytes();
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = maxBytes;
        });
        app.post("/dispatches", this::postDispatch);
        app.get("/health", this::health);
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(meters.scrape()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).json(Map.of("error", "internal", "message", String.valueOf(e.getMessage())));
        });
    }

    /** Starts the API on the configured host and port (0 picks a free port). */
    public static IngestServer start(Intake intake, PrometheusMeterRegistry meters) {
        IngestServer server = new IngestServer(intake, meters);
        server.app.start(intake.config().httpHost(), intake.config().httpPort());
        LOG.info("Ingest HTTP API on port {}", server.port());
        return server;
    }

    public int port() {
        return app.port();
    }

    private void postDispatch(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        byte[] content;
        try {
            content = declared > maxBytes ? null : readAtMost(ctx.req().getInputStream(), maxBytes);
        } catch (IOException unreadable) {
            // A bad chunk size or a body cut short: the sender's fault, not ours.
            answer(ctx, intake.refuse(new InvalidDispatchException("The request body could not be read (bad chunked encoding,"
                    + " or the body ended early): " + unreadable.getMessage()), "http"));
            return;
        }
        if (content == null) {
            drain(ctx.req().getInputStream());
            answer(ctx, intake.refuseTooLarge(declared, "http"));
            return;
        }
        DispatchMetadata sender;
        try {
            sender = DispatchMetadata.fromParameters(ctx::queryParam);
        } catch (InvalidDispatchException e) {
            answer(ctx, intake.refuse(e, "http"));
            return;
        }
        answer(ctx, intake.submit(content, ctx.contentType(), sender, "http"));
    }

    /**
     * One dispatch: its status and body. A bundle: {@code {"items": [...]}}, each item's body with its own
     * {@code status}; the answer's status is the items' status when they share one, else 207 Multi-Status.
     */
    private void answer(Context ctx, Receipt receipt) {
        if (receipt.isBundle()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Receipt item : receipt.items()) {
                Map<String, Object> body = body(item);
                body.put("status", status(item.outcome()));
                items.add(body);
            }
            ctx.status(items.stream().map(item -> item.get("status")).distinct().count() == 1 ? status(receipt.outcome()) : 207);
            if (receipt.dependency() != null) {
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            }
            ctx.json(Map.of("items", items));
            return;
        }
        ctx.status(status(receipt.outcome()));
        if (receipt.dependency() != null) {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        ctx.json(body(receipt));
    }

    private static Map<String, Object> body(Receipt receipt) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (receipt.outcome()) {
            case PUBLISHED -> {
                body.put("id", receipt.id());
                body.put("version", receipt.version());
            }
            case DUPLICATE -> {
                body.put("id", receipt.id());
                body.put("version", receipt.version());
                body.put("duplicate", true);
            }
            default -> {
                body.put("error", receipt.reason());
                body.put("message", receipt.message());
                if (receipt.id() != null) {
                    body.put("id", receipt.id());
                }
                if (receipt.version() != null) {
                    body.put("version", receipt.version());
                }
                if (receipt.dependency() != null) {
                    body.put("unavailable", receipt.dependency().key());
                }
            }
        }
        return body;
    }

    private static int status(Receipt.Outcome outcome) {
        return switch (outcome) {
            case PUBLISHED -> 202;
            case DUPLICATE -> 200;
            case CONFLICT -> 409;
            case INVALID -> 400;
            case NO_TEXT -> 422;
            case UNSUPPORTED -> 415;
            case TOO_LARGE -> 413;
            case UNAVAILABLE -> 503;
            case MIXED -> 207;
        };
    }

    private void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean up = true;
        for (Map.Entry<Dependency, HealthWatch.Status> entry : intake.health().statuses().entrySet()) {
            HealthWatch.Status status = entry.getValue();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("status", status.up() ? "UP" : "DOWN");
            detail.put("since", status.since().toString());
            if (!status.up()) {
                detail.put("problem", status.problem());
            }
            body.put(entry.getKey().key(), detail);
            up &= status.up();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", up ? "UP" : "DOWN");
        answer.putAll(body);
        answer.put("published", intake.publishedCount());
        ctx.status(up ? 200 : 503).json(answer);
    }

    /** The whole body, or null when it is longer than {@code limit} (a chunked body has no declared length). */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        int total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads and drops the rest of an oversized body (up to a bound), so the client reads our 413 instead of a reset. */
    private void drain(InputStream in) {
        long budget = 8L * maxBytes;
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int n; budget > 0 && (n = in.read(buffer)) != -1; ) {
                budget -= n;
            }
        } catch (IOException e) {
            LOG.debug("Client went away while sending an oversized dispatch", e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
