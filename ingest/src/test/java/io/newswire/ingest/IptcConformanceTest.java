package io.newswire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.ingest.format.Delivery;
import io.newswire.ingest.format.DispatchMetadata;
import io.newswire.ingest.format.DispatchReader;
import io.newswire.ingest.format.InvalidDispatchException;
import io.newswire.ingest.format.NoTextException;
import io.newswire.ingest.iptc.ExampleOracle;
import io.newswire.ingest.iptc.ExpectedItem;
import io.newswire.ingest.iptc.IptcExample;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.Dispatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every IPTC example under ../shared/formats (ninjs 1.x to 3.x, the official validation suite, NewsML-G2 2.28 to
 * current) through the reader, and through {@code POST /dispatches} on a real broker. An item that carries text is
 * accepted with the id, version, published time, source, language and headline its own fields give; an item
 * without text gets no_text; everything else is refused with a message. Skipped when ../shared is absent.
 */
class IptcConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT_SOURCE = "unknown";
    /** A refusal that names a property of the wrong JSON type: "events must be an array of objects in ninjs 3.x, not object". */
    private static final Pattern WRONG_TYPE = Pattern.compile("^(\\w+) must be [a-z ]+ in ninjs \\d\\.x, not (\\w+)");

    private static List<IptcExample> examples;

    /** What became of one item. */
    private enum Answer { ACCEPTED, NO_TEXT, REFUSED }

    @BeforeAll
    static void findExamples() {
        Path formats = IptcExample.formatsDir();
        assumeTrue(formats != null, "IPTC examples not found in ../shared/formats (set -Dnewswire.shared.dir=/path/to/shared): skipped");
        examples = IptcExample.all(formats);
    }

    @Test
    void everyExampleIsReadAsItsOwnFieldsSay() throws IOException {
        DispatchReader reader = new DispatchReader();
        Map<String, int[]> totals = new TreeMap<>();
        List<String> refusals = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (IptcExample example : examples) {
            ExampleOracle.Expected expected = ExampleOracle.of(example);
            int[] total = totals.computeIfAbsent(example.group(), g -> new int[4]);
            total[3]++;
            Delivery delivery;
            try {
                delivery = reader.readAll(example.content(), example.contentType(), DispatchMetadata.fromSource(DEFAULT_SOURCE));
            } catch (InvalidDispatchException e) {
                total[Answer.REFUSED.ordinal()]++;
                refusals.add(example.relative() + ": " + e.getMessage());
                check(wrong, example, -1, expected == null && !e.getMessage().isBlank(), "refused as a whole (" + e.getMessage() + ")");
                continue;
            }
            if (expected != null && (expected.bundle() != delivery.bundle() || expected.items().size() != delivery.items().size())) {
                wrong.add(example.relative() + ": read " + delivery.items().size() + " items, the file holds " + expected.items().size());
                continue;
            }
            for (Delivery.Item item : delivery.items()) {
                Answer answer = answer(item);
                total[answer.ordinal()]++;
                String problem = item.problem() == null ? "" : " (" + item.problem().getMessage() + ")";
                if (answer == Answer.REFUSED) {
                    refusals.add(example.relative() + " item " + item.position() + ": " + item.problem().getMessage());
                }
                if (expected == null) {
                    check(wrong, example, item.position(), answer != Answer.ACCEPTED && !problem.isBlank(), answer + problem);
                    continue;
                }
                ExpectedItem want = expected.items().get(item.position());
                if (want.outcome() == ExpectedItem.Outcome.TEXT && answer == Answer.ACCEPTED) {
                    compareFields(wrong, example, item, want);
                    continue;
                }
                boolean schemaViolation = answer == Answer.REFUSED && namesAWrongTypeTheFileHas(example, item.position(), item.problem().getMessage());
                boolean right = switch (want.outcome()) {
                    case TEXT -> schemaViolation;
                    case NO_TEXT -> answer == Answer.NO_TEXT || schemaViolation;
                    case REFUSED -> answer == Answer.REFUSED;
                };
                check(wrong, example, item.position(), right, answer + problem + ", expected " + want.outcome());
            }
        }
        report(totals, refusals);
        assertTrue(wrong.isEmpty(), wrong.size() + " examples read wrong:\n" + String.join("\n", wrong));
    }

    @Test
    void everyExampleGetsTheSameAnswerOverHttp() throws Exception {
        DispatchReader reader = new DispatchReader();
        Map<String, String> published = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        try (RunningIngest ingest = RunningIngest.start(LocalCluster.shared(), "dispatches-iptc-conformance", TestKafka.fast())) {
            for (IptcExample example : examples) {
                HttpResponse<String> response = IngestServerTest.post(ingest.port(), "", example.contentType(), example.content());
                JsonNode answer = JSON.readTree(response.body());
                Delivery delivery;
                try {
                    delivery = reader.readAll(example.content(), example.contentType(), DispatchMetadata.fromSource(DEFAULT_SOURCE));
                } catch (InvalidDispatchException e) {
                    check(wrong, example, -1, response.statusCode() == 400 && answer.get("message").asText().equals(e.getMessage()),
                            response.statusCode() + " " + response.body());
                    continue;
                }
                List<Integer> statuses = new ArrayList<>();
                for (Delivery.Item item : delivery.items()) {
                    int status = predictedStatus(item, published);
                    statuses.add(status);
                    JsonNode itemAnswer = delivery.bundle() ? answer.path("items").path(item.position()) : answer;
                    int actual = delivery.bundle() ? itemAnswer.path("status").asInt() : response.statusCode();
                    boolean named = status < 400 || !itemAnswer.path("message").asText().isBlank();
                    boolean reason = status != 422 || "no_text".equals(itemAnswer.path("error").asText());
                    check(wrong, example, item.position(), actual == status && named && reason, "answered " + actual + " " + itemAnswer + ", expected " + status);
                }
                int overall = delivery.bundle() && statuses.stream().distinct().count() > 1 ? 207 : statuses.get(0);
                check(wrong, example, -1, response.statusCode() == overall, "status " + response.statusCode() + ", expected " + overall);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " examples answered wrong over HTTP:\n" + String.join("\n", wrong));
    }

    @Test
    void aStoryGivenInSeveralNinjsGenerationsIsOneDispatch() throws Exception {
        DispatchReader reader = new DispatchReader();
        Map<String, Dispatch> first = new HashMap<>();
        Map<String, String> firstFile = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (IptcExample example : examples) {
            if (example.ninjsGeneration() == 0 || example.verdict() != IptcExample.Verdict.VALID) {
                continue;
            }
            for (Delivery.Item item : reader.readAll(example.content(), example.contentType(), DispatchMetadata.none()).items()) {
                if (item.dispatch() == null) {
                    continue;
                }
                // Within one folder kind (examples, guideline-examples), one id and version is one story, whatever the generation.
                String key = example.relative().split("/")[1] + " " + item.dispatch().getId() + " " + item.dispatch().getVersion();
                Dispatch earlier = first.putIfAbsent(key, item.dispatch());
                firstFile.putIfAbsent(key, example.relative());
                if (earlier != null) {
                    compared++;
                    check(wrong, example, item.position(), DispatchFingerprint.of(earlier).equals(DispatchFingerprint.of(item.dispatch())),
                            "differs from " + firstFile.get(key) + ":\n  " + earlier + "\n  " + item.dispatch());
                }
            }
        }
        System.out.println(compared + " stories found again in another ninjs generation");
        assertTrue(compared > 0, "no story of the IPTC examples comes in two generations");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** 202 the first time an (id, version) is sent, 200 when sent again alike, 409 when sent again changed; 422, 400 for refusals. */
    private static int predictedStatus(Delivery.Item item, Map<String, String> published) {
        if (item.problem() != null) {
            return item.problem() instanceof NoTextException ? 422 : 400;
        }
        String key = item.dispatch().getId() + " " + item.dispatch().getVersion();
        String fingerprint = DispatchFingerprint.of(item.dispatch());
        String earlier = published.putIfAbsent(key, fingerprint);
        return earlier == null ? 202 : earlier.equals(fingerprint) ? 200 : 409;
    }

    private static Answer answer(Delivery.Item item) {
        return item.problem() == null ? Answer.ACCEPTED : item.problem() instanceof NoTextException ? Answer.NO_TEXT : Answer.REFUSED;
    }

    /** The dispatch has the fields the file gives; without a published time in the file, only a dateline may give a day. */
    private static void compareFields(List<String> wrong, IptcExample example, Delivery.Item item, ExpectedItem want) {
        Dispatch dispatch = item.dispatch();
        Instant day = dispatch.getPublished();
        boolean publishedRight = want.published() != null ? want.published().equals(day)
                : day == null || (dispatch.getDateline() != null && day.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT));
        Map<String, Object[]> fields = new TreeMap<>(Map.of(
                "id", new Object[] {want.id(), dispatch.getId()},
                "version", new Object[] {want.version(), dispatch.getVersion()},
                "source", new Object[] {want.source(), dispatch.getSource()},
                "language", new Object[] {want.language(), dispatch.getLanguage()},
                "headline", new Object[] {want.headline(), dispatch.getHeadline()},
                "published", new Object[] {want.published(), publishedRight ? want.published() : day}));
        for (Map.Entry<String, Object[]> field : fields.entrySet()) {
            check(wrong, example, item.position(), Objects.equals(field.getValue()[0], field.getValue()[1]),
                    field.getKey() + " is " + field.getValue()[1] + ", the file says " + field.getValue()[0]);
        }
        check(wrong, example, item.position(), ExampleOracle.hasWords(dispatch.getBody()), "the body has no words");
    }

    /** The refusal names a top-level property whose JSON type in the file really is the one it says. */
    private static boolean namesAWrongTypeTheFileHas(IptcExample example, int position, String message) {
        Matcher matcher = WRONG_TYPE.matcher(message);
        if (!matcher.find()) {
            return false;
        }
        try {
            JsonNode root = JSON.readTree(example.content());
            JsonNode value = (root.isArray() ? root.get(position) : root).get(matcher.group(1));
            return value != null && value.getNodeType().name().equalsIgnoreCase(matcher.group(2));
        } catch (IOException e) {
            return false;
        }
    }

    private static void check(List<String> wrong, IptcExample example, int position, boolean right, String what) {
        if (!right) {
            wrong.add(example.relative() + (position >= 0 ? " item " + position : "") + ": " + what);
        }
    }

    /** Totals per version (files, and items accepted, refused with no_text, refused for another reason), then each refusal. */
    private static void report(Map<String, int[]> totals, List<String> refusals) throws IOException {
        StringBuilder table = new StringBuilder(String.format("%-36s %6s %9s %8s %8s%n", "IPTC examples", "files", "accepted", "no_text", "refused"));
        int[] all = new int[4];
        totals.forEach((group, t) -> {
            table.append(String.format("%-36s %6d %9d %8d %8d%n", group, t[3], t[0], t[1], t[2]));
            for (int i = 0; i < all.length; i++) {
                all[i] += t[i];
            }
        });
        table.append(String.format("%-36s %6d %9d %8d %8d%n", "all", all[3], all[0], all[1], all[2]));
        System.out.print(table);
        table.append(System.lineSeparator()).append("Refused, other than no_text:").append(System.lineSeparator());
        refusals.forEach(refusal -> table.append(refusal).append(System.lineSeparator()));
        Files.writeString(Path.of("target", "iptc-conformance.txt"), table, StandardCharsets.UTF_8);
    }
}
