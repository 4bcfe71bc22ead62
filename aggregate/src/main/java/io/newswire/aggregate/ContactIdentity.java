package io.newswire.aggregate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/** A contact is identified by its type, its unordered pair, the people involved (where known) and its date. */
public final class ContactIdentity {
    /** One digest per thread: looking one up per contact costs about as much as the hash itself. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(ContactIdentity::sha256);
    private static final HexFormat HEX = HexFormat.of();

    private ContactIdentity() {
    }

    /** A short stable id: {@code c-} and 16 hex digits of a SHA-256 of the identity. */
    public static String idOf(String type, CountryPair pair, LocalDate date, List<String> sortedActors) {
        String identity = type + "|" + pair.key() + "|" + date + "|" + String.join(";", sortedActors);
        byte[] hash = SHA_256.get().digest(identity.getBytes(StandardCharsets.UTF_8));
        return "c-" + HEX.formatHex(hash, 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
