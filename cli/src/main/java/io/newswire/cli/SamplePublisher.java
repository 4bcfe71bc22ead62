package io.newswire.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The demo's driver: posts the project's sample dispatches (classpath {@code samples/}, listed in
 * {@code manifest.tsv}) to the ingest HTTP API, as a newsroom system would, and returns their ids.
 */
final class SamplePublisher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI dispatchesEndpoint;

    SamplePublisher(String ingestBaseUrl) {
        this.dispatchesEndpoint = URI.create(ingestBaseUrl + "/dispatches");
    }

    /** Publishes every sample; returns the dispatch ids the ingest API acknowledged, in manifest order. */
    List<String> publishAll() {
        List<String> ids = new ArrayList<>();
        for (Sample sample : manifest()) {
            ids.add(publish(sample));
        }
        return ids;
    }

    private String publish(Sample sample) {
        try {
            HttpRequest request = HttpRequest.newBuilder(sample.uri(dispatchesEndpoint))
                    .header("Content-Type", sample.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(sample.content()))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Ingest refused sample " + sample.file() + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot post sample " + sample.file(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static List<Sample> manifest() {
        List<Sample> samples = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource("manifest.tsv"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                Map<String, String> params = new LinkedHashMap<>();
                String[] names = {"id", "published", "lang", "source", "headline"};
                for (int i = 1; i < columns.length && i <= names.length; i++) {
                    params.put(names[i - 1], columns[i]);
                }
                samples.add(new Sample(columns[0], params));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    private static InputStream resource(String name) {
        InputStream in = SamplePublisher.class.getResourceAsStream("/samples/" + name);
        if (in == null) {
            throw new IllegalStateException("Sample " + name + " is missing from the classpath");
        }
        return in;
    }

    record Sample(String file, Map<String, String> params) {
        String contentType() {
            if (file.endsWith(".json")) {
                return "application/json";
            }
            return file.endsWith(".xml") ? "application/xml" : "text/plain; charset=utf-8";
        }

        byte[] content() {
            try (InputStream in = resource(file)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        URI uri(URI endpoint) {
            if (params.isEmpty()) {
                return endpoint;
            }
            String query = params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return URI.create(endpoint + "?" + query);
        }
    }
}
