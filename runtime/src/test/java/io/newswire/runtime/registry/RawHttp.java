package io.newswire.runtime.registry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Plain HTTP calls to a registry, to check status codes, headers and bodies as any client sees them. Bodies are
 * read as strictly as Confluent's Java client does: UTF-8 that is not well formed fails the test instead of
 * turning into replacement characters.
 */
final class RawHttp {
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A response: status, content type and the body's bytes, read as UTF-8 text or JSON. */
    record Answer(int status, String contentType, byte[] bytes) {
        /** The body decoded as UTF-8, failing on malformed bytes. */
        String body() {
            try {
                return strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError("Body is not valid UTF-8 (" + e + "): " + latin1Excerpt(), e);
            }
        }

        /** The body streamed through a strict UTF-8 decoder into Jackson's parser, which fails on malformed JSON. */
        JsonNode json() {
            try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), strictUtf8());
                 JsonParser parser = JSON.getFactory().createParser(reader)) {
                JsonNode tree = JSON.readTree(parser);
                if (parser.nextToken() != null) {
                    throw new AssertionError("Content after the JSON value: " + body());
                }
                return tree;
            } catch (IOException e) {
                throw new AssertionError("Not JSON in UTF-8 (" + e.getMessage() + "): " + latin1Excerpt(), e);
            }
        }

        /** The start of the body, each byte shown as one character, for messages about bodies that do not decode. */
        private String latin1Excerpt() {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            return text.length() > 300 ? text.substring(0, 300) + "..." : text;
        }
    }

    private RawHttp() {
    }

    static Answer get(String url) {
        return send("GET", url, null, null);
    }

    static Answer post(String url, String body) {
        return send("POST", url, body, null);
    }

    static Answer delete(String url) {
        return send("DELETE", url, null, null);
    }

    static Answer put(String url, String body) {
        return send("PUT", url, body, null);
    }

    static Answer send(String method, String url, String body, String userInfo) {
        return send(method, url, body == null ? null : body.getBytes(StandardCharsets.UTF_8), CONTENT_TYPE, userInfo);
    }

    /** A call with the body's exact bytes and content type (null body: none). */
    static Answer send(String method, String url, byte[] body, String contentType, String userInfo) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (userInfo != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A registration body for the schema. */
    static String schemaBody(String schema) {
        return JSON.createObjectNode().put("schema", schema).toString();
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
