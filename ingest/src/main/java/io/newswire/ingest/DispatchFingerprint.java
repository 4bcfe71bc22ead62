package io.newswire.ingest;

import io.newswire.schemas.Dispatch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content hash of a dispatch: SHA-256 over everything the sender said (not {@code received}, which is
 * ours, nor {@code format}, since the same story may come as ninjs once and NewsML-G2 another time).
 * Two sends with the same id, version and fingerprint are the same dispatch.
 */
public final class DispatchFingerprint {
    private DispatchFingerprint() {
    }

    public static String of(Dispatch dispatch) {
        MessageDigest digest = sha256();
        add(digest, dispatch.getId());
        add(digest, String.valueOf(dispatch.getVersion()));
        add(digest, dispatch.getSource());
        add(digest, dispatch.getLanguage());
        add(digest, dispatch.getHeadline());
        add(digest, dispatch.getBody());
        add(digest, dispatch.getDateline());
        add(digest, dispatch.getPublished() == null ? null : String.valueOf(dispatch.getPublished().toEpochMilli()));
        add(digest, dispatch.getUrl());
        Map<String, String> metadata = dispatch.getMetadata() == null ? Map.of() : new TreeMap<>(dispatch.getMetadata());
        metadata.forEach((key, value) -> {
            add(digest, key);
            add(digest, value);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Length-prefixed, so ("ab", "c") and ("a", "bc") differ; null differs from empty. */
    private static void add(MessageDigest digest, String value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
