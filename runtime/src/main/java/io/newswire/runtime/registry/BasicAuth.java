package io.newswire.runtime.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** HTTP Basic auth with one configured "user:password"; open when none is configured. */
final class BasicAuth {
    private final byte[] expected;

    private BasicAuth(byte[] expected) {
        this.expected = expected;
    }

    /** {@code userInfo} is "user:password", or null/empty for a registry open to all. */
    static BasicAuth of(String userInfo) {
        if (userInfo == null || userInfo.isEmpty()) {
            return new BasicAuth(null);
        }
        if (!userInfo.contains(":")) {
            throw new IllegalArgumentException("Basic auth user info must be user:password");
        }
        return new BasicAuth(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    boolean isEnabled() {
        return expected != null;
    }

    /** Whether an Authorization header value grants access. */
    boolean allows(String authorizationHeader) {
        if (expected == null) {
            return true;
        }
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            byte[] given = Base64.getDecoder().decode(authorizationHeader.substring(6).trim());
            return MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
