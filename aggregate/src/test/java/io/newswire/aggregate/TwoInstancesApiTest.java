package io.newswire.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.aggregate.api.Json;
import io.newswire.aggregate.api.PeerGate;
import io.newswire.aggregate.bench.NewsGenerator;
import io.newswire.aggregate.bench.NewsGenerator.ExpectedDay;
import io.newswire.core.CommonConfig;
import io.newswire.runtime.LocalCluster;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.newswire.aggregate.ClusterSupport.await;
import static io.newswire.aggregate.ClusterSupport.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two aggregate instances (two Kafka Streams apps in this JVM, own state dirs and HTTP ports) share a 4-partition
 * input: every pair, ranking, country and the alerts are answered identically by both, and as expected.
 */
class TwoInstancesApiTest {
    private static final String ALL_DAYS = "from=2025-01-01&to=2025-12-31";
    private static final String PEER_SECRET = "two-instances-peer-secret";
    private static NewsGenerator.News news;
    private static Map<String, String> config;
    private static AggregateApp first;
    private static AggregateApp second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        config = ClusterSupport.isolatedConfig(cluster, "two-instances");
        // Every forwarded answer below goes through /internal with this secret.
        config.put(AggregateConfig.INTERNAL_SECRET, PEER_SECRET);
        ClusterSupport.createTopic(cluster.bootstrapServers(), config.get(CommonConfig.TOPIC_ENRICHED), 4);
        // Dispatches dated in 9999 and 1900 among the wire: the counts, the retention and the default window ignore them.
        news = NewsGenerator.generate(11, NewsGenerator.Shape.small(200).withWrongDates(12));
        ClusterSupport.produce(config, news.records());
        first = AggregateApp.start(withStateDir(config, "first"));
        second = AggregateApp.start(withStateDir(config, "second"));

        await(Duration.ofSeconds(120), "both instances to answer every pair as expected", () ->
                news.expected().pairs().stream().allMatch(pair -> expectedDays(pair).equals(daysOf(first.httpPort(), pair))
                        && expectedDays(pair).equals(daysOf(second.httpPort(), pair))));
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void internalRoutesRefuseAnyoneWithoutThePeerSecret() {
        for (String path : List.of("/internal/latest-day", "/internal/pairs?from=2025-01-01&to=2025-12-31", "/internal/alerts?since=2025-01-01T00:00:00Z")) {
            ClusterSupport.Response none = get(first.httpPort(), path);
            assertEquals(403, none.status(), path + ": " + none.body());
            assertTrue(none.body().contains("\"status\":403"), none.body());
            ClusterSupport.Response wrong = get(second.httpPort(), path, Map.of(PeerGate.HEADER, "guessed"));
            assertEquals(403, wrong.status(), path + ": " + wrong.body());
            ClusterSupport.Response peer = get(second.httpPort(), path, Map.of(PeerGate.HEADER, PEER_SECRET));
            assertEquals(200, peer.status(), path + ": " + peer.body());
        }
    }

    @Test
    void healthAndMetricsDescribeEachInstance() {
        for (AggregateApp app : List.of(first, second)) {
            ClusterSupport.Response health = get(app.httpPort(), "/health");
            assertEquals(200, health.status(), health.body());
            assertTrue(health.body().contains("\"streams\":{\"status\":\"UP\""), health.body());
            assertTrue(health.body().contains("\"kafka\":{\"status\":\"UP\""), health.body());
        }
        String metrics = get(first.httpPort(), "/metrics").body() + get(second.httpPort(), "/metrics").body();
        for (String expected : List.of("aggregate_contacts_total{app=\"aggregate\",change=\"counted\",type=\"PHONE_CALL\"}",
                "aggregate_alerts_total{app=\"aggregate\",change=\"raised\"}", "aggregate_alerts_total{app=\"aggregate\",change=\"updated\"}",
                "newswire_dead_letters_total{app=\"aggregate\",reason=\"rule\",stage=\"untrusted-dates\"}",
                "newswire_consumer_lag_records{app=\"aggregate\"}", "kafka_stream_")) {
            assertTrue(metrics.contains(expected), expected + " in\n" + metrics);
        }
    }

    @Test
    void bothInstancesOwnSomePairs() {
        Set<HostInfo> owners = new HashSet<>();
        for (String pair : news.expected().pairs()) {
            owners.add(first.streams().queryMetadataForKey(ContactsTopology.PAIR_DAYS, pair, Serdes.String().serializer()).activeHost());
        }
        assertEquals(2, owners.size(), "pairs spread over both instances, so half of the answers are forwarded: " + owners);
    }

    @Test
    void everyPairIsAnsweredIdenticallyByBothInstances() {
        for (String pair : news.expected().pairs()) {
            String[] countries = pair.split("-");
            String path = "/api/contacts/" + countries[0] + "/" + countries[1] + "?" + ALL_DAYS;
            ClusterSupport.Response fromFirst = get(first.httpPort(), path);
            ClusterSupport.Response fromSecond = get(second.httpPort(), path);
            assertEquals(200, fromFirst.status(), fromFirst.body());
            assertEquals(fromFirst.body(), fromSecond.body(), pair);
            String reversed = "/api/contacts/" + countries[1] + "/" + countries[0] + "?" + ALL_DAYS;
            assertEquals(fromFirst.body(), get(second.httpPort(), reversed).body(), "order-insensitive: " + pair);
        }
    }

    @Test
    void pairAnswerCarriesCountsByTypeAndTheContactList() throws Exception {
        String pair = news.expected().pairs().iterator().next();
        String[] c = pair.split("-");
        JsonNode body = Json.MAPPER.readTree(get(first.httpPort(), "/api/contacts/" + c[0] + "/" + c[1] + "?" + ALL_DAYS).body());
        int expectedContacts = expectedDays(pair).values().stream().mapToInt(ExpectedDay::contacts).sum();
        int expectedMentions = expectedDays(pair).values().stream().mapToInt(ExpectedDay::mentions).sum();
        assertEquals(expectedContacts, body.get("contacts").asInt());
        assertEquals(expectedMentions, body.get("mentions").asInt());
        assertEquals(expectedContacts, body.get("contactList").size());
        int listedMentions = 0;
        for (JsonNode contact : body.get("contactList")) {
            assertTrue(contact.get("dispatches").size() >= 1 && contact.get("actors").size() == 2, contact.toString());
            listedMentions += contact.get("mentions").asInt();
        }
        assertEquals(expectedMentions, listedMentions);
        int byType = 0;
        for (JsonNode n : body.get("byType")) {
            byType += n.asInt();
        }
        assertEquals(expectedContacts, byType);
        writeExample("pair.json", body.toPrettyString());
    }

    @Test
    void everyReportCarriesItsDispatchSourceHeadlineAndSentenceFromWhicheverInstanceKeepsThem() throws Exception {
        int reports = 0;
        for (String pair : news.expected().pairs()) {
            String[] c = pair.split("-");
            JsonNode body = Json.MAPPER.readTree(get(second.httpPort(), "/api/contacts/" + c[0] + "/" + c[1] + "?" + ALL_DAYS).body());
            for (JsonNode contact : body.get("contactList")) {
                for (JsonNode report : contact.get("reports")) {
                    String what = pair + " " + report;
                    assertEquals("Dispatch " + report.get("dispatchId").asText() + " v" + report.get("version").asInt(), report.get("headline").asText(), what);
                    assertEquals("AFP", report.get("source").asText(), what);
                    assertTrue(report.get("published").isTextual() && report.get("evidence").asText().endsWith("held talks."), what);
                    reports++;
                }
            }
        }
        assertTrue(reports > news.expected().pairs().size(), "reports checked: " + reports);
    }

    @Test
    void rankingsAndPartnersAreTheSameFromBothInstancesAndAsExpected() throws Exception {
        ClusterSupport.Response top = get(first.httpPort(), "/api/contacts/top?limit=5&" + ALL_DAYS);
        assertEquals(200, top.status(), top.body());
        assertEquals(top.body(), get(second.httpPort(), "/api/contacts/top?limit=5&" + ALL_DAYS).body());
        List<String> expectedTop = expectedTotalsByPair().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                        .thenComparing(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey))
                .limit(5).map(Map.Entry::getKey).toList();
        List<String> actualTop = new ArrayList<>();
        Json.MAPPER.readTree(top.body()).get("pairs").forEach(p -> actualTop.add(p.get("pair").asText()));
        assertEquals(expectedTop, actualTop);
        writeExample("top.json", Json.MAPPER.readTree(top.body()).toPrettyString());

        String country = expectedTop.get(0).substring(0, 3);
        ClusterSupport.Response partners = get(first.httpPort(), "/api/contacts/" + country + "?" + ALL_DAYS);
        assertEquals(partners.body(), get(second.httpPort(), "/api/contacts/" + country + "?" + ALL_DAYS).body());
        long expectedPartners = expectedTotalsByPair().keySet().stream().filter(p -> p.contains(country)).count();
        assertEquals(expectedPartners, Json.MAPPER.readTree(partners.body()).get("partners").size());
        writeExample("partners.json", Json.MAPPER.readTree(partners.body()).toPrettyString());
    }

    @Test
    void alertsAreTheSameFromBothInstancesAndAsExpected() throws Exception {
        ClusterSupport.Response alerts = get(first.httpPort(), "/api/alerts?since=2025-01-01");
        assertEquals(200, alerts.status(), alerts.body());
        assertEquals(alerts.body(), get(second.httpPort(), "/api/alerts?since=2025-01-01").body());
        Map<String, Integer> actual = new TreeMap<>();
        Json.MAPPER.readTree(alerts.body()).get("alerts").forEach(a -> actual.put(a.get("alertId").asText(), a.get("mentions").asInt()));
        assertEquals(news.expected().alertMentions(), actual);
        writeExample("alerts.json", Json.MAPPER.readTree(alerts.body()).toPrettyString());
    }

    @Test
    void badCountryCodesAndWindowsAreRefusedWithAMessage() {
        assertBadRequest("/api/contacts/QQQ/RUS", "Unknown ISO 3166-1 alpha-3 country code: QQQ");
        assertBadRequest("/api/contacts/rus/TUR", "three capital letters");
        assertBadRequest("/api/contacts/RUSS/TUR", "three capital letters");
        assertBadRequest("/api/contacts/RUS/RUS", "two different countries");
        assertBadRequest("/api/contacts/RUS/TUR?window=5d", "window must be one of 1d, 7d, 30d, all");
        assertBadRequest("/api/contacts/RUS/TUR?at=yesterday", "at must be a date");
        assertBadRequest("/api/contacts/RUS/TUR?from=2025-03-01&to=2025-02-01", "is after");
        assertBadRequest("/api/contacts/top?limit=0", "limit must be");
        assertBadRequest("/api/contacts/top?window=week", "window must be");
        assertBadRequest("/api/contacts/XYZ", "Unknown");
        assertBadRequest("/api/alerts?since=last-week", "since must be");
        assertBadRequest("/api/contacts/RUS/TUR?at=-999999999-01-01", "at must be from 0001-01-01 to 9999-12-31");
        assertBadRequest("/api/contacts/RUS?at=%2B999999999-12-31", "at must be from 0001-01-01 to 9999-12-31");
        assertBadRequest("/api/contacts/top?from=0000-12-31&to=2025-01-01", "from must be from 0001-01-01");
        assertBadRequest("/api/alerts?since=%2B999999999-12-31T23:59:59Z", "since must be from 0001-01-01");
        assertEquals(200, get(first.httpPort(), "/api/contacts/XKX/SRB?window=all").status(), "Kosovo is a known code");
    }

    @Test
    void windowsDefaultToTheLatestEventDateNotToADateIn9999() throws Exception {
        String pair = news.expected().pairs().iterator().next();
        String[] c = pair.split("-");
        JsonNode week = Json.MAPPER.readTree(get(second.httpPort(), "/api/contacts/" + c[0] + "/" + c[1]).body());
        String latest = news.expected().days().keySet().stream().map(k -> k.substring(k.indexOf('|') + 1)).max(String::compareTo).orElseThrow();
        assertEquals("7d", week.get("window").asText());
        assertEquals(latest, week.get("to").asText());
        assertEquals(java.time.LocalDate.parse(latest).minusDays(6).toString(), week.get("from").asText());
        int expectedWeek = expectedDays(pair).entrySet().stream()
                .filter(e -> e.getKey().compareTo(week.get("from").asText()) >= 0).mapToInt(e -> e.getValue().contacts()).sum();
        assertEquals(expectedWeek, week.get("contacts").asInt());
        assertEquals(expectedWeek, week.get("rolling").get("7d").get("contacts").asInt());
    }

    private static void assertBadRequest(String path, String messagePart) {
        ClusterSupport.Response response = get(first.httpPort(), path);
        assertEquals(400, response.status(), path + " -> " + response.body());
        assertTrue(response.body().contains(messagePart), path + " -> " + response.body());
    }

    /** Expected days of one pair: day -> counts. */
    private static Map<String, ExpectedDay> expectedDays(String pair) {
        Map<String, ExpectedDay> days = new TreeMap<>();
        news.expected().days().forEach((key, day) -> {
            if (key.startsWith(pair + "|")) {
                days.put(key.substring(key.indexOf('|') + 1), day);
            }
        });
        return days;
    }

    private static Map<String, int[]> expectedTotalsByPair() {
        Map<String, int[]> totals = new HashMap<>();
        news.expected().days().forEach((key, day) -> {
            int[] t = totals.computeIfAbsent(key.substring(0, key.indexOf('|')), k -> new int[2]);
            t[0] += day.contacts();
            t[1] += day.mentions();
        });
        return totals;
    }

    /** The days the API reports for a pair (none while it cannot answer). */
    private static Map<String, ExpectedDay> daysOf(int port, String pair) {
        String[] c = pair.split("-");
        ClusterSupport.Response response = get(port, "/api/contacts/" + c[0] + "/" + c[1] + "?" + ALL_DAYS);
        if (response.status() != 200) {
            return Map.of();
        }
        try {
            Map<String, ExpectedDay> days = new TreeMap<>();
            for (JsonNode day : Json.MAPPER.readTree(response.body()).get("days")) {
                Map<String, Integer> byType = new TreeMap<>();
                day.get("byType").fields().forEachRemaining(e -> byType.put(e.getKey(), e.getValue().asInt()));
                days.put(day.get("day").asText(), new ExpectedDay(day.get("contacts").asInt(), day.get("mentions").asInt(), byType));
            }
            return days;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> withStateDir(Map<String, String> base, String name) throws IOException {
        Map<String, String> config = new HashMap<>(base);
        config.put(AggregateConfig.STATE_DIR, Files.createTempDirectory("aggregate-" + name + "-").toString());
        return config;
    }

    /** Real responses for the README, in target/api-examples. */
    private static void writeExample(String name, String json) throws IOException {
        Path dir = Path.of("target", "api-examples");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), json + "\n");
    }
}
