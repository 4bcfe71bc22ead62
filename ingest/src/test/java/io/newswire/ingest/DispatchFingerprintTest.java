package io.newswire.ingest;

import io.newswire.schemas.Dispatch;
import io.newswire.schemas.registry.InMemorySchemaRegistry;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The fingerprint is stored in every record's headers: the definition may not change, however it is computed. */
class DispatchFingerprintTest {
    private static final Serializer<Dispatch> RECORDS = AvroSerdes.value(Dispatch.class, new InMemorySchemaRegistry()).serializer();

    @Test
    void fingerprintIsTheLengthPrefixedSha256OfTheSendersFieldsInUtf8() throws Exception {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("urgency", "3");
        metadata.put("desk", "Afrique – Moyen-Orient");
        for (String body : new String[] {
                "Le président a appelé son homologue mardi.",
                "Ankara, 12 mai — «Entretien téléphonique» avec Téhéran 🇹🇷 (emoji outside the BMP)",
                "an unpaired surrogate \uD800 in a broken feed",
                "long body ".repeat(20_000),   // past the kept buffers, then a short one again below
                "short again"}) {
            Dispatch dispatch = Dispatch.newBuilder().setId("wire-2026-0042").setVersion(3).setSource("newsroom").setLanguage("fr")
                    .setHeadline("Appel entre deux présidents").setBody(body).setDateline("ANKARA").setPublished(Instant.ofEpochMilli(1_780_000_000_123L))
                    .setReceived(Instant.now()).setUrl(null).setFormat("dispatch-json").setMetadata(metadata).build();
            assertEquals(asFirstDefined(dispatch), DispatchFingerprint.of(dispatch), body.substring(0, Math.min(40, body.length())));
            assertEquals(asFirstDefined(dispatch), DispatchFingerprint.of(dispatch, RECORDS.serialize("dispatches", dispatch)),
                    "read from the record: " + body.substring(0, Math.min(40, body.length())));
        }
    }

    @Test
    void fingerprintReadFromTheRecordHashesAbsentFieldsAsTheDispatchDoes() {
        Dispatch bare = Dispatch.newBuilder().setId("b").setVersion(0).setSource("s").setLanguage(null).setHeadline(null).setBody("text")
                .setDateline(null).setPublished(null).setReceived(Instant.EPOCH).setUrl(null).setFormat("text").setMetadata(Map.of()).build();
        Dispatch full = Dispatch.newBuilder(bare).setLanguage("").setHeadline("h").setDateline("").setPublished(Instant.EPOCH).setUrl("u").build();
        for (Dispatch dispatch : new Dispatch[] {bare, full}) {
            assertEquals(DispatchFingerprint.of(dispatch), DispatchFingerprint.of(dispatch, RECORDS.serialize("dispatches", dispatch)));
        }
    }

    @Test
    void receivedTimeAndFormatDoNotChangeTheFingerprintButTheBodyDoes() {
        Dispatch first = Dispatch.newBuilder().setId("a").setVersion(1).setSource("s").setBody("text").setReceived(Instant.EPOCH)
                .setFormat("ninjs").setMetadata(Map.of()).build();
        Dispatch again = Dispatch.newBuilder(first).setReceived(Instant.now()).setFormat("newsml-g2").build();
        assertEquals(DispatchFingerprint.of(first), DispatchFingerprint.of(again));
        assertNotEquals(DispatchFingerprint.of(first), DispatchFingerprint.of(Dispatch.newBuilder(first).setBody("text.").build()));
    }

    /** The definition as first written (String.getBytes per field): what the records on the topic carry. */
    private static String asFirstDefined(Dispatch dispatch) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String value : new String[] {dispatch.getId(), String.valueOf(dispatch.getVersion()), dispatch.getSource(), dispatch.getLanguage(),
                dispatch.getHeadline(), dispatch.getBody(), dispatch.getDateline(), String.valueOf(dispatch.getPublished().toEpochMilli()), dispatch.getUrl()}) {
            add(digest, value);
        }
        new TreeMap<>(dispatch.getMetadata()).forEach((key, value) -> {
            add(digest, key);
            add(digest, value);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, String value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }
}
