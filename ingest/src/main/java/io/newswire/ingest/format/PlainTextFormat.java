package io.newswire.ingest.format;

import io.newswire.schemas.Dispatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Plain text: the whole text is the body; all metadata comes from the sender ({@link DispatchMetadata}).
 * Without an id, the id is {@code text-} and the start of the SHA-256 of the body (line endings and
 * surrounding blanks normalised), so sending the same text again is recognised as the same dispatch.
 */
final class PlainTextFormat {
    static final String NAME = "text";
    private static final int ID_HEX_CHARS = 32;

    private PlainTextFormat() {
    }

    static Dispatch read(byte[] content, Charset charset, DispatchMetadata defaults, Instant received) throws InvalidDispatchException {
        String body = normalise(decode(content, charset));
        DispatchDraft draft = new DispatchDraft();
        draft.body = body;
        draft.requireText("the text is empty");
        if (defaults.id() == null) {
            draft.id = contentId(body);
        }
        draft.requireId(defaults, "give an id");
        return draft.build(defaults, NAME, received);
    }

    /** The stable id of a text without one. */
    static String contentId(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(body).getBytes(StandardCharsets.UTF_8));
            return "text-" + HexFormat.of().formatHex(digest).substring(0, ID_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String normalise(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n');
        if (unix.startsWith("\uFEFF")) {
            unix = unix.substring(1);
        }
        return MarkupText.tidy(unix);
    }

    private static String decode(byte[] content, Charset charset) throws InvalidDispatchException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(content);
        try {
            CharBuffer chars = decoder.decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDispatchException("The text is not valid " + charset.name() + " (at byte " + bytes.position()
                    + "); declare its charset, e.g. Content-Type: text/plain; charset=ISO-8859-1", "body", e);
        }
    }
}
