package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** A newsroom's side of the ingest HTTP API, and a reader of the aggregate API, for the end-to-end tests. */
final class WireClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;

    record Answer(int status, String body) {
    }

    WireClient(String ingestUrl) {
        this.ingestUrl = ingestUrl;
    }

    /** Posts a plain-text dispatch with its id and publication time as query parameters. */
    Answer postText(String id, String text, Instant published) throws Exception {
        return postText(id, 1, text, published);
    }

    Answer postText(String id, int version, String text, Instant published) throws Exception {
        String query = "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "&version=" + version + "&source=AFP&lang=en&published=" + published;
        return post(query, "text/plain; charset=utf-8", text);
    }

    Answer postJson(String json) throws Exception {
        return post("", "application/json", json);
    }

    private Answer post(String query, String contentType, String content) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/dispatches" + query))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    /** GET on the aggregate API, parsed. */
    JsonNode get(String aggregateUrl, String pathAndQuery) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(aggregateUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("httpStatus", response.statusCode());
        return body;
    }

    /** Waits until the pair has at least {@code contacts} contacts over the whole retention. */
    boolean awaitContacts(String aggregateUrl, String a, String b, int contacts, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode pair = get(aggregateUrl, "/api/contacts/" + a + "/" + b + "?window=all");
            if (pair.path("contacts").asInt() >= contacts) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }
}
