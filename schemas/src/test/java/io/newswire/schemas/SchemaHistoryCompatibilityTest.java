package io.newswire.schemas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The build's schema-compatibility check: current schemas must read everything written with a released version. */
class SchemaHistoryCompatibilityTest {
    private static final Path CURRENT = SchemaHistory.CURRENT_DIR;
    private static final Path HISTORY = SchemaHistory.HISTORY_DIR;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCurrentSchemaReadsEveryReleasedVersion() {
        assertFalse(SchemaHistory.current(CURRENT).isEmpty(), "no schemas found in " + CURRENT.toAbsolutePath());
        List<SchemaHistory.Problem> problems = SchemaHistory.check(CURRENT, HISTORY);
        if (!problems.isEmpty()) {
            fail("Schema change breaks BACKWARD compatibility with a released version (add a default, or keep the old field):\n  "
                    + String.join("\n  ", problems.stream().map(Object::toString).toList()));
        }
    }

    @Test
    void everyReleasedSchemaStillExists() {
        Map<String, Schema> current = SchemaHistory.current(CURRENT);
        for (String record : SchemaHistory.released(HISTORY).keySet()) {
            assertTrue(current.containsKey(record),
                    "Released schema " + record + " has no current .avsc in " + CURRENT + ": readers of its topic would break");
        }
    }

    @Test
    void everyReleasedVersionIsNumberedFromOneWithoutGaps() {
        SchemaHistory.released(HISTORY).forEach((record, versions) -> {
            List<Integer> expected = new ArrayList<>();
            for (int v = 1; v <= versions.size(); v++) {
                expected.add(v);
            }
            assertEquals(expected, List.copyOf(versions.keySet()), "versions of " + record + " in " + HISTORY);
        });
    }

    @Test
    void fieldAddedWithoutDefaultIsCaught() throws IOException {
        Schema changed = dispatchWith(fields -> fields.addObject().put("name", "desk").put("type", "string"));

        List<SchemaHistory.Problem> problems = SchemaHistory.backwardProblems(changed, releasedDispatch());

        assertEquals(1, problems.size(), problems.toString());
        SchemaHistory.Problem problem = problems.get(0);
        assertEquals("io.newswire.schemas.Dispatch", problem.schema());
        assertEquals(1, problem.version());
        assertTrue(problem.description().contains("READER_FIELD_MISSING_DEFAULT_VALUE"), problem.description());
        assertTrue(problem.description().contains("desk"), problem.description());
        assertTrue(problem.toString().contains("io.newswire.schemas.Dispatch cannot read data written with released v1"), problem.toString());
    }

    @Test
    void fieldTypeNarrowedIsCaught() throws IOException {
        Schema changed = dispatchWith(fields -> fields.forEach(f -> {
            if (f.get("name").asText().equals("body")) {
                ((ObjectNode) f).put("type", "int");
            }
        }));

        List<SchemaHistory.Problem> problems = SchemaHistory.backwardProblems(changed, releasedDispatch());

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).description().contains("TYPE_MISMATCH"), problems.get(0).description());
    }

    @Test
    void fieldAddedWithDefaultPasses() throws IOException {
        Schema changed = dispatchWith(fields -> fields.addObject().put("name", "desk").put("type", "string").put("default", "world"));

        assertEquals(List.of(), SchemaHistory.backwardProblems(changed, releasedDispatch()));
    }

    @Test
    void releaseAddsTheNextVersionOfAChangedSchemaOnly(@TempDir Path module) throws IOException {
        Path avro = copyOf(CURRENT, module.resolve("avro"));
        Path history = copyOf(HISTORY, module.resolve("history"));
        SchemaHistory.release(avro, history);
        int latest = SchemaHistory.released(history).get("Dispatch").size();
        Schema changed = dispatchWith(fields -> fields.addObject().put("name", "desk").put("type", "string").put("default", "world"));
        Files.writeString(avro.resolve("Dispatch.avsc"), changed.toString(true));

        List<Path> written = SchemaHistory.release(avro, history);

        assertEquals(List.of(history.resolve("Dispatch").resolve("v" + (latest + 1) + ".avsc")), written);
        assertEquals(changed, SchemaHistory.released(history).get("Dispatch").get(latest + 1));
        assertEquals(List.of(), SchemaHistory.release(avro, history), "a second release with no change writes nothing");
    }

    @Test
    void releaseRefusesABreakingChange(@TempDir Path module) throws IOException {
        Path avro = copyOf(CURRENT, module.resolve("avro"));
        Path history = copyOf(HISTORY, module.resolve("history"));
        Files.writeString(avro.resolve("Dispatch.avsc"), dispatchWith(fields -> fields.addObject().put("name", "desk").put("type", "string")).toString());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SchemaHistory.release(avro, history));

        assertTrue(e.getMessage().contains("io.newswire.schemas.Dispatch cannot read data written with released v1"), e.getMessage());
        assertFalse(Files.exists(history.resolve("Dispatch").resolve("v2.avsc")));
    }

    private static Path copyOf(Path source, Path target) throws IOException {
        try (var paths = Files.walk(source)) {
            for (Path p : paths.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    private static Map<Integer, Schema> releasedDispatch() {
        return SchemaHistory.released(HISTORY).get("Dispatch");
    }

    /** A copy of the current Dispatch schema, changed in memory; the real file is never touched. */
    private static Schema dispatchWith(Consumer<ArrayNode> change) throws IOException {
        ObjectNode schema = (ObjectNode) JSON.readTree(Files.readString(CURRENT.resolve("Dispatch.avsc")));
        change.accept((ArrayNode) schema.get("fields"));
        return new Schema.Parser().parse(schema.toString());
    }
}
