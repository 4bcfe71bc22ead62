package io.newswire.runtime.registry;

import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Calls by path to the registry of the JVM's shared cluster, checks of Confluent's answers, and small schemas of each
 * test's own (the shared registry gives equal schemas one id across subjects, so tests must not share them).
 */
final class RegistryCalls {
    private RegistryCalls() {
    }

    static LocalCluster cluster() {
        return LocalCluster.shared();
    }

    static HttpSchemaRegistryClient client() {
        return new HttpSchemaRegistryClient(cluster().registryUrl(), "");
    }

    static String url(String path) {
        return cluster().registryUrl() + path;
    }

    static RawHttp.Answer get(String path) {
        return RawHttp.get(url(path));
    }

    static RawHttp.Answer put(String path, String body) {
        return RawHttp.put(url(path), body);
    }

    static RawHttp.Answer delete(String path) {
        return RawHttp.delete(url(path));
    }

    static RawHttp.Answer post(String path, Schema schema) {
        return RawHttp.post(url(path), RawHttp.schemaBody(schema.toString()));
    }

    /** The answer, after checking its status and Confluent's content type. */
    static RawHttp.Answer expect(int status, RawHttp.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(RawHttp.CONTENT_TYPE, answer.contentType());
        return answer;
    }

    /** Checks Confluent's error shape: the status, {@code error_code} and a message. */
    static void expectError(int status, int code, RawHttp.Answer answer) {
        expectError(status, code, answer, "");
    }

    static void expectError(int status, int code, RawHttp.Answer answer, String why) {
        assertEquals(status, answer.status(), why + " " + answer.body());
        assertEquals(code, answer.json().get("error_code").asInt(), why + " " + answer.body());
        assertFalse(answer.json().get("message").asText().isBlank(), answer.body());
    }

    /** A record with a headline. */
    static Schema bulletin(String name) {
        return SchemaBuilder.record(name).namespace("io.newswire.test").fields().requiredString("headline").endRecord();
    }

    /** {@link #bulletin} plus a field with a default: a compatible next version. */
    static Schema withDesk(String name) {
        return SchemaBuilder.record(name).namespace("io.newswire.test").fields().requiredString("headline")
                .name("desk").type().stringType().stringDefault("world").endRecord();
    }

    /** {@link #bulletin} plus a field without a default: records written before cannot be read with it. */
    static Schema breaking(String name) {
        return SchemaBuilder.record(name).namespace("io.newswire.test").fields().requiredString("headline").requiredInt("priority").endRecord();
    }
}
