package io.newswire.aggregate.api;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may call the {@code /internal} routes: the other instances of the app, and no one else. With a shared secret
 * configured, a request must carry it ({@link #HEADER}); without one, only requests from this machine are answered.
 * Everyone else gets 403, whatever the route.
 */
public final class PeerGate {
    /** The header in which instances send the shared secret. */
    public static final String HEADER = "X-Newswire-Peer-Secret";
    private final byte[] secret;

    public PeerGate(String secret) {
        this.secret = secret == null || secret.isEmpty() ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The secret to send to peers, or null when none is configured. */
    String secretToSend() {
        return secret == null ? null : new String(secret, StandardCharsets.UTF_8);
    }

    /** Refuses the request (403) unless it comes from a peer. */
    void check(Context ctx) {
        if (!allows(ctx.req().getRemoteAddr(), ctx.header(HEADER))) {
            throw new ForbiddenResponse(secret == null
                    ? "Internal routes answer only the app's other instances on this machine; set " + "aggregate.internal.secret on every instance to call them from elsewhere"
                    : "Internal routes answer only the app's other instances: the peer secret is missing or wrong");
        }
    }

    /** Whether a request from {@code remoteAddress} carrying {@code sentSecret} (null when none) comes from a peer. */
    public boolean allows(String remoteAddress, String sentSecret) {
        if (secret != null) {
            return sentSecret != null && MessageDigest.isEqual(secret, sentSecret.getBytes(StandardCharsets.UTF_8));
        }
        return isLoopback(remoteAddress);
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
