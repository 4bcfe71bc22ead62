package io.newswire.aggregate;

import io.newswire.core.DerivedHeaders;
import io.newswire.schemas.EnrichedDispatch;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.newswire.aggregate.bench.EnrichedDispatchBuilder.dispatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DerivedRecordHeadersTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    @Test
    void contactCountsAndAlertsDescribeThemselvesNotTheDispatchThatTriggeredThem(@TempDir Path stateDir) {
        try (TopologyHarness harness = new TopologyHarness(stateDir, Map.of())) {
            EnrichedDispatch report = dispatch("afp-1").on(DAY)
                    .call(DAY, ContactsTopologyTest.people("RUS", "Vladimir Putin", "TUR", "Recep Tayyip Erdogan"))
                    .proposal(DAY, ContactsTopologyTest.people("RUS", "Vladimir Putin", "TUR", "Recep Tayyip Erdogan"), "Erdogan offered to host a summit.")
                    .build();
            Headers dispatchHeaders = new RecordHeaders();
            dispatchHeaders.add("newswire.dispatch.sha256", "9f2c".getBytes(StandardCharsets.UTF_8));
            dispatchHeaders.add("newswire.dispatch.version", "3".getBytes(StandardCharsets.UTF_8));
            harness.enriched.pipeInput(new TestRecord<>("afp-1", report, dispatchHeaders));

            List<Headers> derived = new java.util.ArrayList<>();
            harness.contacts.readRecordsToList().forEach(r -> derived.add(r.headers()));
            harness.alertRecords().forEach(r -> derived.add(r.headers()));
            assertEquals(2, derived.size(), "one contact count and one alert");
            for (Headers headers : derived) {
                for (Header header : headers) {
                    assertFalse(header.key().startsWith("newswire.dispatch."), "inherited " + header.key());
                }
                assertEquals("aggregate", text(headers, DerivedHeaders.PRODUCER));
            }
            assertEquals("io.newswire.schemas.ContactCount", text(derived.get(0), DerivedHeaders.SCHEMA));
            assertEquals("io.newswire.schemas.SummitAlert", text(derived.get(1), DerivedHeaders.SCHEMA));
        }
    }

    private static String text(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
