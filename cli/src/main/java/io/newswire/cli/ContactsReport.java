package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Asks the aggregate HTTP API for the pair counts and the summit alerts, and prints them. */
final class ContactsReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    ContactsReport(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Prints the counts as they are now; call it once they have settled ({@link SettledCounts}). */
    void print(PrintStream out) throws IOException, InterruptedException {
        JsonNode reference = get("/api/contacts/RUS/TUR?window=all");
        out.printf("%nBilateral contacts (all time), most active pairs:%n");
        for (JsonNode pair : get("/api/contacts/top?window=all&limit=10").path("pairs")) {
            out.printf("  %-8s %3d contact(s), %3d mention(s)%n", pair.path("pair").asText(), pair.path("contacts").asInt(), pair.path("mentions").asInt());
        }
        out.printf("%nRUS-TUR: %d contact(s)%n", reference.path("contacts").asInt());
        for (JsonNode contact : reference.path("contactList")) {
            out.printf("  %s %s %s reported by %s%n", contact.path("date").asText(), contact.path("type").asText(),
                    contact.path("actors"), contact.path("dispatches"));
        }
        out.printf("%nSummit alerts:%n");
        for (JsonNode alert : get("/api/alerts").path("alerts")) {
            out.printf("  %s %s (%d mention(s)) first seen in %s: %s%n", alert.path("participants"), alert.path("status").asText(),
                    alert.path("mentions").asInt(), alert.path("dispatchId").asText(), alert.path("evidence").asText());
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
