package io.newswire.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SchemaRegistry} over Confluent's Schema Registry REST API v1, so it talks to Confluent's registry,
 * ours ({@code newswire registry}) or any compatible one. Ids and versions never change once assigned,
 * so schemas by id and ids by (subject, schema) are cached; latest versions and configs are always asked.
 * Calls that cannot reach the registry, or get a 5xx, are retried with exponential backoff.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistry {
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Logger LOG = LoggerFactory.getLogger(HttpSchemaRegistryClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final RetryPolicy retry;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<String, Map<String, RegisteredSchema>> versionsBySubject = new ConcurrentHashMap<>();

    /** A client with default timeouts and retries; {@code userInfo} is "user:password" for HTTP Basic auth, or empty. */
    public HttpSchemaRegistryClient(String baseUrl, String userInfo) {
        this(builder(baseUrl).userInfo(userInfo));
    }

    private HttpSchemaRegistryClient(Builder builder) {
        this.baseUrl = stripTrailingSlashes(Objects.requireNonNull(builder.baseUrl, "baseUrl"));
        URI.create(this.baseUrl); // a malformed URL fails here, not at the first call
        this.authorization = builder.userInfo == null || builder.userInfo.isEmpty() ? null
                : "Basic " + Base64.getEncoder().encodeToString(builder.userInfo.getBytes(StandardCharsets.UTF_8));
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.retry = builder.retry;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
    }

    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public int register(String subject, Schema schema) {
        String text = schema.toString();
        Integer cached = idsBySubject.getOrDefault(subject, Map.of()).get(text);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = call("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(text));
        int id = requiredInt(answer, "id");
        idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(text, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public Schema getById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = call("GET", "/schemas/ids/" + id, null);
        Schema schema = parse(answer, "schema id " + id);
        Schema raced = schemasById.putIfAbsent(id, schema);
        return raced != null ? raced : schema;
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        String text = schema.toString();
        RegisteredSchema cached = versionsBySubject.getOrDefault(subject, Map.of()).get(text);
        if (cached != null) {
            return cached;
        }
        RegisteredSchema found = registered(call("POST", "/subjects/" + encode(subject), schemaBody(text)), subject);
        versionsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(text, found);
        idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(text, found.id());
        return found;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        return registered(call("GET", "/subjects/" + encode(subject) + "/versions/latest", null), subject);
    }

    @Override
    public boolean testCompatibility(String subject, Schema schema) {
        try {
            JsonNode answer = call("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest", schemaBody(schema.toString()));
            return answer.path("is_compatible").asBoolean(false);
        } catch (SchemaRegistryException e) {
            // A subject with no versions yet accepts any schema (older Confluent registries answer 40401 here).
            if (e.errorCode() == 40401) {
                return true;
            }
            throw e;
        }
    }

    @Override
    public CompatibilityLevel compatibility(String subject) {
        if (subject == null) {
            return level(call("GET", "/config", null));
        }
        try {
            return level(call("GET", "/config/" + encode(subject) + "?defaultToGlobal=true", null));
        } catch (SchemaRegistryException e) {
            // 40408: the subject has no level of its own (registries that ignore defaultToGlobal); 40401: unknown subject.
            if (e.errorCode() == 40408 || e.errorCode() == 40401) {
                return compatibility(null);
            }
            throw e;
        }
    }

    @Override
    public void setCompatibility(String subject, CompatibilityLevel level) {
        ObjectNode body = JSON.createObjectNode().put("compatibility", level.name());
        call("PUT", subject == null ? "/config" : "/config/" + encode(subject), body);
    }

    /** Number of schemas held in the id cache, for figures and tests. */
    public int cachedSchemaCount() {
        return schemasById.size();
    }

    private JsonNode call(String method, String path, JsonNode body) {
        HttpRequest request = request(method, path, body);
        long deadline = System.nanoTime() + retry.maxElapsed().toNanos();
        for (int attempt = 1; ; attempt++) {
            SchemaRegistryException failure;
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return readJson(response.body(), method, path);
                }
                failure = answeredError(status, response.body(), method, path);
                if (status < 500) {
                    throw failure;
                }
            } catch (IOException e) {
                failure = new SchemaRegistryException("Schema registry unreachable at " + baseUrl + ": " + describe(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("Interrupted while calling the schema registry at " + baseUrl, e);
            }
            Duration wait = retry.backoff(attempt);
            if (attempt >= retry.maxAttempts() || System.nanoTime() + wait.toNanos() > deadline) {
                throw failure;
            }
            LOG.warn("{} {}{} failed (attempt {} of {}): {}; retrying in {} ms",
                    method, baseUrl, path, attempt, retry.maxAttempts(), failure.getMessage(), wait.toMillis());
            sleep(wait);
        }
    }

    private HttpRequest request(String method, String path, JsonNode body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(requestTimeout)
                .header("Accept", CONTENT_TYPE + ", application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", CONTENT_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    private SchemaRegistryException answeredError(int status, byte[] bytes, String method, String path) {
        int code = status;
        String body = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        String message = body.isBlank() ? "HTTP " + status : body.strip();
        try {
            JsonNode error = JSON.readTree(bytes == null ? new byte[0] : bytes);
            if (error != null && error.has("message")) {
                code = error.path("error_code").asInt(status);
                message = error.get("message").asText();
            }
        } catch (IOException notJson) {
            message = message.length() > 300 ? message.substring(0, 300) + "..." : message;
        }
        return new SchemaRegistryException(status, code,
                message + " (HTTP " + status + ", error " + code + ", " + method + " " + baseUrl + path + ")");
    }

    /** Jackson reads the bytes as UTF-8 (RFC 8259) and fails on malformed input instead of replacing it. */
    private JsonNode readJson(byte[] body, String method, String path) {
        try {
            JsonNode answer = body == null || body.length == 0 ? null : JSON.readTree(body);
            return answer == null || answer.isMissingNode() ? JSON.createObjectNode() : answer;
        } catch (IOException e) {
            throw new SchemaRegistryException(502, 50200, "Schema registry at " + baseUrl + " answered " + method + " " + path
                    + " with something that is not JSON in UTF-8: " + e.getMessage());
        }
    }

    private String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection within " + connectTimeout.toMillis() + " ms";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + requestTimeout.toMillis() + " ms";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException) {
                return "unknown host";
            }
            if (t instanceof ConnectException && t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("refused")) {
                return "connection refused";
            }
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private RegisteredSchema registered(JsonNode answer, String subject) {
        String answeredSubject = answer.path("subject").asText(subject);
        return new RegisteredSchema(answeredSubject, requiredInt(answer, "id"), requiredInt(answer, "version"),
                parse(answer, "subject " + answeredSubject));
    }

    private Schema parse(JsonNode answer, String what) {
        String type = answer.path("schemaType").asText("AVRO");
        if (!"AVRO".equals(type)) {
            throw new SchemaRegistryException(422, 42201, "The schema of " + what + " is " + type + ", not AVRO");
        }
        JsonNode text = answer.get("schema");
        if (text == null || !text.isTextual()) {
            throw new SchemaRegistryException(502, 50200, "Schema registry at " + baseUrl + " sent no schema for " + what);
        }
        try {
            return new Schema.Parser().parse(text.asText());
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException(422, 42201, "The schema of " + what + " is not valid Avro: " + e.getMessage());
        }
    }

    private int requiredInt(JsonNode answer, String field) {
        JsonNode value = answer.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new SchemaRegistryException(502, 50200, "Schema registry at " + baseUrl + " sent no '" + field + "' in " + answer);
        }
        return value.asInt();
    }

    private static CompatibilityLevel level(JsonNode answer) {
        // Confluent answers GET with "compatibilityLevel" and PUT with "compatibility".
        String level = answer.path("compatibilityLevel").asText(answer.path("compatibility").asText(""));
        try {
            return CompatibilityLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw new SchemaRegistryException(502, 50200, "Unknown compatibility level '" + level + "' in " + answer);
        }
    }

    private static ObjectNode schemaBody(String schema) {
        return JSON.createObjectNode().put("schema", schema);
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String stripTrailingSlashes(String url) {
        String stripped = url.strip();
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("Interrupted while waiting to retry the schema registry", e);
        }
    }

    /** Timeouts, retries and credentials of a client. */
    public static final class Builder {
        private final String baseUrl;
        private String userInfo = "";
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RetryPolicy retry = RetryPolicy.DEFAULT;

        private Builder(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        /** "user:password" for HTTP Basic auth; null or empty for none. */
        public Builder userInfo(String userInfo) {
            this.userInfo = userInfo;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        public Builder retry(RetryPolicy retry) {
            this.retry = retry;
            return this;
        }

        public Builder retry(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxElapsed) {
            return retry(new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxElapsed));
        }

        public HttpSchemaRegistryClient build() {
            return new HttpSchemaRegistryClient(this);
        }
    }
}
