package io.newswire.enrich.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.enrich.tagger.text.Fold;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project gold sets are well formed (gold/README.md): every evidence string stands verbatim in its text, every
 * event has a status of issue 11's vocabulary that the gold counts, every actor is found in the text by its match
 * strings, and every code is one the dispatch lists.
 */
class GoldSetsTest {

    private static final Path PROJECT_GOLD = Path.of("src/test/resources/gold");

    private static final Set<String> MODES = Set.of("visit", "third_place");
    private static final Set<String> PARTS = Set.of("host", "visitor", "participant");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ROLE = Pattern.compile("[a-z]+(_[a-z]+)*");

    @Test
    void everyGoldSetIsWellFormed() {
        Map<String, Path> sets = Evaluator.projectSets(PROJECT_GOLD);
        assertTrue(sets.size() >= 2, "project gold sets not found under " + PROJECT_GOLD.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        sets.forEach((name, dir) -> problems.addAll(check(name, dir)));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void heldOutSetsAreNamedSoAndPairedWithADevSet() {
        Set<String> names = Evaluator.projectSets(PROJECT_GOLD).keySet();
        for (String name : names) {
            if (!Evaluator.heldOut(name)) continue;
            String lang = name.substring("gold-".length(), name.indexOf('-', "gold-".length()));
            assertTrue(names.stream().anyMatch(n -> n.startsWith("gold-" + lang + "-dev")), "no dev set beside " + name);
        }
    }

    @Test
    void dispatchIdsAreUniqueAcrossSets() {
        Set<String> seen = new HashSet<>();
        Evaluator.projectSets(PROJECT_GOLD).forEach((name, dir) -> {
            for (JsonNode item : Evaluator.readJsonl(dir.resolve("corpus.jsonl"))) {
                String id = item.path("id").asText();
                assertTrue(seen.add(id), id + " appears in two sets (" + name + ")");
            }
        });
    }

    private static List<String> check(String set, Path dir) {
        List<String> out = new ArrayList<>();
        Map<String, JsonNode> corpus = new LinkedHashMap<>();
        for (JsonNode item : Evaluator.readJsonl(dir.resolve("corpus.jsonl"))) {
            String id = item.path("id").asText();
            if (corpus.put(id, item) != null) out.add(set + ": duplicate id " + id);
            if (!Set.of("en", "fr").contains(item.path("lang").asText())) out.add(id + ": lang " + item.path("lang"));
            if (!DATE.matcher(item.path("date").asText()).matches()) out.add(id + ": date " + item.path("date"));
            if (item.path("text").asText().isBlank() || item.path("title").asText().isBlank()) out.add(id + ": no text or title");
        }
        Set<String> annotated = new HashSet<>();
        for (JsonNode g : Evaluator.readJsonl(dir.resolve("gold.jsonl"))) {
            String id = g.path("id").asText();
            if (!annotated.add(id)) out.add(set + ": duplicate gold id " + id);
            JsonNode item = corpus.get(id);
            if (item == null) {
                out.add(set + ": gold " + id + " has no dispatch");
                continue;
            }
            out.addAll(checkDispatch(id, item.path("text").asText(), g));
        }
        corpus.keySet().stream().filter(id -> !annotated.contains(id)).forEach(id -> out.add(set + ": " + id + " has no gold"));
        return out;
    }

    private static List<String> checkDispatch(String id, String text, JsonNode g) {
        List<String> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (String field : List.of("countries", "optional_countries")) {
            for (JsonNode c : g.path(field)) {
                if (!CODE.matcher(c.asText()).matches()) out.add(id + ": bad code " + c + " in " + field);
                codes.add(c.asText());
            }
        }
        if (!g.path("uncertain").isBoolean()) out.add(id + ": uncertain is not a boolean");
        String folded = Fold.fold(text);
        for (String field : List.of("actors", "optional_actors")) {
            for (JsonNode a : g.path(field)) {
                String who = id + ": " + field + " " + a.path("name").asText();
                if (!CODE.matcher(a.path("country").asText()).matches()) out.add(who + ": bad country");
                boolean found = false;
                for (JsonNode m : a.path("match")) found |= !m.asText().isEmpty() && folded.contains(Fold.fold(m.asText()));
                if (!found) out.add(who + ": no match string occurs in the text");
                if (!a.path("linked").isBoolean()) out.add(who + ": linked is not a boolean");
                if (a.has("role") && !ROLE.matcher(a.path("role").asText()).matches()) out.add(who + ": role " + a.path("role"));
            }
        }
        for (JsonNode e : g.path("events")) out.addAll(checkEvent(id, text, e, codes, true));
        for (JsonNode e : g.path("not_counted")) out.addAll(checkEvent(id, text, e, codes, false));
        return out;
    }

    private static List<String> checkEvent(String id, String text, JsonNode e, Set<String> codes, boolean counted) {
        List<String> out = new ArrayList<>();
        String type = e.path("type").asText();
        String status = e.path("status").asText();
        String what = id + ": " + (counted ? "" : "not counted ") + type + " " + e.path("countries");
        var knownType = EventType.find(type).filter(Evaluator.EVENT_TYPES::contains);
        var knownStatus = EventStatus.find(status);
        if (knownType.isEmpty()) out.add(what + ": unknown type");
        if (knownStatus.isEmpty()) out.add(what + ": unknown status " + status);
        else if (knownType.isPresent() && Evaluator.counted(knownType.get(), knownStatus.get()) != counted) out.add(what + ": status " + status + (counted ? " is not counted" : " is counted"));
        if (!text.contains(e.path("evidence").asText("\u0000"))) out.add(what + ": evidence not in the text: " + e.path("evidence"));
        if (counted && !DATE.matcher(e.path("date").asText()).matches()) out.add(what + ": date " + e.path("date"));
        Set<String> parties = new HashSet<>();
        for (String field : List.of("countries", "optional_countries")) {
            for (JsonNode c : e.path(field)) {
                if (!codes.contains(c.asText())) out.add(what + ": " + c + " is not among the dispatch's countries");
                parties.add(c.asText());
            }
        }
        if (counted && e.path("countries").isEmpty()) out.add(what + ": no country");
        if (type.equals(EventType.MEETING.wireName()) && counted) {
            if (e.path("countries").size() < 2) out.add(what + ": a meeting needs two countries");
            if (!MODES.contains(e.path("mode").asText())) out.add(what + ": mode " + e.path("mode"));
            e.path("parts").fields().forEachRemaining(p -> {
                if (!parties.contains(p.getKey()) || !PARTS.contains(p.getValue().asText())) out.add(what + ": part " + p);
            });
        }
        return out;
    }
}
