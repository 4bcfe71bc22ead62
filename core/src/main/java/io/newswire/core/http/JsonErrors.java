package io.newswire.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Jetty's own error answers (a request it cannot parse: a bad chunk size, headers too large, a bad request line) as the
 * app's JSON problem instead of an HTML page.
 */
final class JsonErrors extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ProblemBody shape;

    JsonErrors(ProblemBody shape) {
        this.shape = shape;
    }

    byte[] body(int status, String message) {
        try {
            return JSON.writeValueAsBytes(shape.of(status, message));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(int status, String reason) {
        String what = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        return switch (status) {
            case 400 -> "Bad request: " + what;
            case 408 -> "The request took too long to arrive: " + what;
            case 413 -> "The request is too large: " + what;
            case 414 -> "The request line is too long";
            case 431 -> "The request headers are too large";
            default -> what;
        };
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, describe(status, reason)));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code,
                                              String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("application/json");
        response.getOutputStream().write(body(code, describe(code, message)));
    }
}
