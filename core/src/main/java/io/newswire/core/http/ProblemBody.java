package io.newswire.core.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON body of an error answer in an app's own shape, so that what the server itself refuses (an unknown path, a
 * bad chunk, headers too large, a busy server) reads like the app's other errors.
 */
@FunctionalInterface
public interface ProblemBody {
    /** The body for an answer with this status and message (the message names the problem, for a person). */
    Map<String, Object> of(int status, String message);

    /** {@code {"status": 404, "error": "message"}}. */
    ProblemBody STATUS_AND_ERROR = (status, message) -> {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        return body;
    };
}
