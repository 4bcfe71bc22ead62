package io.newswire.ingest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.schemas.Dispatch;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IngestMetricsTest {

    @Test
    void languageTagIsThePrimarySubtagOrNoneOrOther() {
        assertEquals("fr", IngestMetrics.language(in("fr")));
        assertEquals("en", IngestMetrics.language(in("EN-GB")));
        assertEquals("pt", IngestMetrics.language(in("pt_BR")));
        assertEquals("ast", IngestMetrics.language(in("ast")));
        assertEquals("none", IngestMetrics.language(in(" ")));
        assertEquals("none", IngestMetrics.language(null));
        assertEquals("other", IngestMetrics.language(in("french")));
        assertEquals("other", IngestMetrics.language(in("f1")));
        assertEquals("other", IngestMetrics.language(in("-en")));
        assertEquals("other", IngestMetrics.language(in("é")));
    }

    @Test
    void eachDispatchCountsOnceOnTheCounterOfItsTags() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        IngestMetrics metrics = new IngestMetrics(registry);
        for (int i = 0; i < 3; i++) {
            metrics.count(new Receipt(Receipt.Outcome.PUBLISHED, "a" + i, 1, "Published", null), "http", in("fr-FR"));
        }
        metrics.count(new Receipt(Receipt.Outcome.PUBLISHED, "b", 1, "Published", null), "watch", in("en"));
        metrics.count(new Receipt(Receipt.Outcome.DUPLICATE, "a0", 1, "Already", null), "http", in("fr"));
        metrics.count(new Receipt(Receipt.Outcome.INVALID, null, null, "bad", null), "http", null);
        metrics.count(new Receipt(Receipt.Outcome.INVALID, null, null, "bad again", null), "http", null);

        assertEquals(3, registry.get("ingest.dispatches.accepted").tags("channel", "http", "format", "ninjs", "language", "fr").counter().count());
        assertEquals(1, registry.get("ingest.dispatches.accepted").tags("channel", "watch", "language", "en").counter().count());
        assertEquals(1, registry.get("ingest.dispatches.duplicate").tags("channel", "http").counter().count());
        assertEquals(2, registry.get("ingest.dispatches.rejected").tags("channel", "http", "reason", "malformed").counter().count());
    }

    private static Dispatch in(String language) {
        return Dispatch.newBuilder().setId("x").setVersion(1).setSource("s").setLanguage(language).setBody("text").setReceived(Instant.EPOCH)
                .setFormat("ninjs").setMetadata(Map.of()).build();
    }
}
