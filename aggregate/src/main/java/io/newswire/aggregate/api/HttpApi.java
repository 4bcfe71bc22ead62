package io.newswire.aggregate.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.newswire.aggregate.CountryCodes;
import io.newswire.aggregate.CountryPair;
import io.newswire.aggregate.api.Views.LatestDay;
import io.newswire.aggregate.api.live.LiveRoutes;
import io.newswire.core.http.AppServer;
import io.newswire.core.http.ProblemBody;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The aggregate HTTP API, served by the shared {@link AppServer} (with {@code /health} and {@code /metrics}). Public
 * routes under {@code /api} answer for the whole application; the {@code /internal} routes answer from this
 * instance's stores only, are what other instances call, and refuse anyone but a peer ({@link PeerGate}). Until
 * {@link #serve} the routes answer 503. Routes are registered in {@link #addRoutes}, one group per prefix.
 */
public final class HttpApi implements AutoCloseable {
    private static final int MAX_LIMIT = 1000;
    /** The largest request body: the API reads none. */
    public static final long MAX_BODY_BYTES = 64 * 1024;

    private final PeerGate peers;
    private LiveRoutes live;
    private volatile ContactQueries queries;
    private AppServer server;

    public HttpApi(PeerGate peers) {
        this.peers = peers;
    }

    /** Starts serving on the builder's address and port (0: a free one) and returns the port. */
    public int start(AppServer.Builder builder) {
        server = builder.problems(ProblemBody.STATUS_AND_ERROR)
                .configure(config -> {
                    config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
                    DashboardPage.serveFrom(config);
                })
                .routes(this::addRoutes)
                .start();
        return server.port();
    }

    /** Every route of the API; a new group of routes goes here. */
    void addRoutes(Javalin app) {
        app.exception(BadRequest.class, (e, ctx) -> problem(ctx, 400, e.getMessage()));
        app.exception(NotReady.class, (e, ctx) -> problem(ctx, 503, e.getMessage()));
        app.exception(InvalidStateStoreException.class, (e, ctx) -> problem(ctx, 503, "State stores not ready (starting or rebalancing); try again: " + e.getMessage()));

        app.get("/api/contacts/top", this::top);
        app.get("/api/contacts/{a}/{b}", this::pair);
        app.get("/api/contacts/{a}", this::partners);
        app.get("/api/alerts", this::alerts);
        live = new LiveRoutes(app);

        app.before("/internal/*", peers::check);
        app.get("/internal/pairs/{pair}", ctx -> ctx.json(queries().localPairDays(CountryPair.parse(ctx.pathParam("pair")),
                LocalDate.parse(ctx.queryParam("from")), LocalDate.parse(ctx.queryParam("to")))));
        app.get("/internal/dispatch-reports", ctx -> ctx.json(queries().local().dispatchReports(ctx.queryParams("id"))));
        app.get("/internal/pairs", this::localPairs);
        app.get("/internal/alerts", ctx -> ctx.json(queries().local().alerts(Instant.parse(ctx.queryParam("since")))));
        app.get("/internal/latest-day", ctx -> ctx.json(new LatestDay(queries().local().latestDay().orElse(null))));
    }

    public void serve(ContactQueries queries) {
        this.queries = queries;
    }

    /** The live stream's routes, answered once {@link LiveRoutes#serve} is called. */
    public LiveRoutes live() {
        return live;
    }

    public int port() {
        return server.port();
    }

    /** Where a client on this machine reaches it. */
    public String url() {
        return server.url();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    private void pair(Context ctx) {
        String a = country(ctx.pathParam("a"));
        String b = country(ctx.pathParam("b"));
        if (a.equals(b)) {
            throw new BadRequest("A pair is two different countries, not " + a + " twice");
        }
        ctx.json(queries().pair(CountryPair.of(a, b), window(ctx)));
    }

    private void top(Context ctx) {
        ctx.json(queries().top(window(ctx), limit(ctx.queryParam("limit"))));
    }

    private void partners(Context ctx) {
        ctx.json(queries().partners(country(ctx.pathParam("a")), window(ctx)));
    }

    private void alerts(Context ctx) {
        ctx.json(queries().alerts(since(ctx.queryParam("since"))));
    }

    private void localPairs(Context ctx) {
        String country = ctx.queryParam("country");
        String limit = ctx.queryParam("limit");
        var pairs = queries().local().pairs(LocalDate.parse(ctx.queryParam("from")), LocalDate.parse(ctx.queryParam("to")),
                p -> country == null || p.involves(country));
        ctx.json(limit == null ? pairs : pairs.stream().limit(Integer.parseInt(limit)).toList());
    }

    private QueryWindow window(Context ctx) {
        ContactQueries q = queries();
        return QueryWindow.resolve(ctx.queryParam("window"), ctx.queryParam("at"), ctx.queryParam("from"), ctx.queryParam("to"),
                q.retentionDays(), q::latestDay);
    }

    private ContactQueries queries() {
        ContactQueries q = queries;
        if (q == null) {
            throw new NotReady("Aggregate is starting; try again");
        }
        return q;
    }

    private static String country(String code) {
        try {
            return CountryCodes.require(code);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 20;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new BadRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + value + "'");
    }

    /** {@code since} as a date (midnight UTC) or an instant; everything when absent. */
    private static Instant since(String value) {
        if (value == null || value.isBlank()) {
            return Instant.EPOCH;
        }
        if (value.length() == 10) {
            return QueryWindow.day("since", value).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            Instant since = Instant.parse(value);
            QueryWindow.inRange("since", since.atZone(ZoneOffset.UTC).toLocalDate(), value);
            return since;
        } catch (DateTimeParseException e) {
            throw new BadRequest("since must be a date YYYY-MM-DD or an instant such as 2025-02-21T09:00:00Z, not '" + value + "'");
        }
    }

    private static void problem(Context ctx, int status, String message) {
        ctx.status(status).json(new Views.Problem(status, message));
    }
}
