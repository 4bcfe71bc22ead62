package io.newswire.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.core.health.Health;
import io.newswire.core.http.AppServer;
import io.newswire.core.http.HttpSettings;
import io.newswire.core.http.ProblemBody;
import io.newswire.core.http.RequestBody;
import io.newswire.ingest.format.DispatchMetadata;
import io.newswire.ingest.format.InvalidDispatchException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP API: {@code POST /dispatches} (202 once stored, 200 for a duplicate, 400/409/413/415 for what
 * cannot be taken, 422 for an item with no text, 503 while Kafka or the registry is down; a bundle answers
 * item by item), {@code GET /health} and {@code GET /metrics}, on the shared {@link AppServer}.
 */
public final class IngestServer implements AutoCloseable {
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Ingest's error body, {@code {"error": "malformed", "message": "..."}}, for what the server itself refuses too. */
    static final ProblemBody PROBLEMS = (status, message) -> {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", switch (status) {
            case 400 -> "malformed";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "too_slow";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            case 503 -> "busy";
            default -> status >= 500 ? "internal" : "refused";
        });
        body.put("message", message);
        return body;
    };

    private final Intake intake;
    private final int maxBytes;
    private final AppServer server;

    private IngestServer(Intake intake, PrometheusMeterRegistry meters) {
        this.intake = intake;
        this.maxBytes = intake.config().maxDispatchBytes();
        IngestConfig config = intake.config();
        this.server = AppServer.builder("ingest", HttpSettings.of(config, config.httpHost(), config.httpPort(), maxBytes))
                .problems(PROBLEMS)
                .health(new Health().parts(intake.health()).facts(() -> Map.of("published", intake.publishedCount())))
                .metrics(meters)
                .routes(app -> app.post("/dispatches", this::postDispatch))
                .start();
    }

    /** Starts the API on the configured host and port (0 picks a free port). */
    public static IngestServer start(Intake intake, PrometheusMeterRegistry meters) {
        return new IngestServer(intake, meters);
    }

    public int port() {
        return server.port();
    }

    /** Where a client on this machine reaches it. */
    public String url() {
        return server.url();
    }

    private void postDispatch(Context ctx) {
        byte[] content;
        try {
            content = RequestBody.read(ctx, maxBytes);
        } catch (RequestBody.TooLarge e) {
            RequestBody.drain(ctx, 8L * maxBytes);
            answer(ctx, intake.refuseTooLarge(e.size(), "http"));
            return;
        } catch (RequestBody.Unreadable e) {
            if (e.getStatus() == 408) {
                ctx.status(408).json(PROBLEMS.of(408, e.getMessage()));  // a sender too slow to wait for, not a bad dispatch
            } else {
                answer(ctx, intake.refuse(new InvalidDispatchException(e.getMessage()), "http"));
            }
            return;
        }
        DispatchMetadata sender;
        try {
            // Most posts carry no query: Javalin would still build a map of its parameters for each.
            sender = ctx.queryString() == null ? DispatchMetadata.none() : DispatchMetadata.fromParameters(ctx::queryParam);
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
            json(ctx, Map.of("items", items));
            return;
        }
        ctx.status(status(receipt.outcome()));
        if (receipt.dependency() != null) {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        if (receipt.outcome() == Receipt.Outcome.PUBLISHED || receipt.outcome() == Receipt.Outcome.DUPLICATE) {
            write(ctx, StoredAnswer.of(receipt));
        } else {
            json(ctx, body(receipt));
        }
    }

    /** Written straight to the response: Javalin's {@code ctx.json} copies every answer through a new 32 KiB buffer. */
    private static void json(Context ctx, Object body) {
        try {
            write(ctx, JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Context ctx, byte[] body) {
        ctx.contentType(ContentType.APPLICATION_JSON);
        try {
            ctx.res().getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // the client went away: nothing left to answer
        }
    }

    private static Map<String, Object> body(Receipt receipt) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (receipt.outcome()) {
            case PUBLISHED, DUPLICATE -> {
                body.put("id", receipt.id());
                body.put("version", receipt.version());
                if (receipt.outcome() == Receipt.Outcome.DUPLICATE) {
                    body.put("duplicate", true);
                }
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

    @Override
    public void close() {
        server.close();
    }
}
