package io.newswire.aggregate.api;

import com.fasterxml.jackson.core.type.TypeReference;
import org.apache.kafka.streams.state.HostInfo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks another aggregate instance's internal API, sending the peers' shared secret when there is one ({@link PeerGate}). */
final class Peers {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String secret;

    Peers(String secret) {
        this.secret = secret;
    }

    <T> T get(HostInfo host, String pathAndQuery, TypeReference<T> type) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
            if (secret != null) {
                request.header(PeerGate.HEADER, secret);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new NotReady("Instance " + host + " answered " + response.statusCode() + " to " + pathAndQuery + ": " + response.body());
            }
            return Json.MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            throw new NotReady("Instance " + host + " did not answer " + pathAndQuery + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReady("Interrupted while asking " + host, e);
        }
    }
}
