package io.newswire.runtime.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.newswire.core.http.RequestBody;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;

/**
 * How the registry reads requests and writes answers: JSON in UTF-8 bytes, never the container's default
 * charset (ISO-8859-1 for a media type it does not know), and request bodies decoded strictly.
 */
final class RegistryHttp {
    /** Confluent's media type; like Confluent's registry, no charset parameter: JSON is UTF-8 (RFC 8259). */
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    /** The largest request body: a schema with its references, with room to spare. */
    static final long MAX_BODY_BYTES = 8L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryHttp() {
    }

    static void json(Context ctx, JsonNode answer) {
        ctx.contentType(CONTENT_TYPE).result(answer.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A version as Confluent answers it: subject, version, id and schema. */
    static ObjectNode json(SchemaStore.Version v) {
        return JSON.createObjectNode().put("subject", v.subject()).put("version", v.version()).put("id", v.id()).put("schema", v.schema());
    }

    /** A bare schema text ({@code .../schema} endpoints), itself JSON. */
    static void raw(Context ctx, String text) {
        ctx.contentType(CONTENT_TYPE).result(text.getBytes(StandardCharsets.UTF_8));
    }

    static void error(Context ctx, int status, int code, String message) {
        ctx.status(status);
        json(ctx, JSON.createObjectNode().put("error_code", code).put("message", message));
    }

    /**
     * The request body as a JSON object, decoded in the charset the request declares, UTF-8 when it declares none;
     * bytes that are not valid in it are refused, not replaced.
     */
    static JsonNode body(Context ctx) {
        Charset charset = declaredCharset(ctx.contentType());
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(RequestBody.read(ctx, MAX_BODY_BYTES))).toString();
        } catch (CharacterCodingException e) {
            throw RegistryError.badRequest("Request body is not valid " + charset.name() + ": " + e.getMessage());
        }
        try {
            JsonNode body = JSON.readTree(text);
            if (body == null || !body.isObject()) {
                throw RegistryError.badRequest("Request body must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw RegistryError.badRequest("Request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A text field of a request body, null when absent or null. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A boolean query parameter as Confluent reads them: true only when it says "true". */
    static boolean flag(Context ctx, String name) {
        return "true".equalsIgnoreCase(ctx.queryParam(name));
    }

    /** The {@code offset} and {@code limit} query parameters applied to a listing (a limit of 0 or less, or none: all, as Confluent reads it). */
    static <T> List<T> page(Context ctx, List<T> all) {
        int offset = Math.max(0, intParam(ctx, "offset", 0));
        int limit = intParam(ctx, "limit", -1);
        List<T> rest = offset >= all.size() ? List.of() : all.subList(offset, all.size());
        return limit <= 0 || limit >= rest.size() ? rest : rest.subList(0, limit);
    }

    static String subject(Context ctx) {
        return ctx.pathParam("subject");
    }

    static int id(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw RegistryError.schemaNotFound("'" + id + "'");
        }
    }

    private static int intParam(Context ctx, String name, int absent) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw RegistryError.badRequest("Query parameter " + name + " must be an integer, not '" + value + "'");
        }
    }

    private static Charset declaredCharset(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String parameter : contentType.split(";")) {
            String[] nameValue = parameter.trim().split("=", 2);
            if (nameValue.length == 2 && nameValue[0].trim().toLowerCase(Locale.ROOT).equals("charset")) {
                String name = nameValue[1].trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw RegistryError.badRequest("Unsupported charset '" + name + "' in Content-Type");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
