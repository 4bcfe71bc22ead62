package io.newswire.enrich.evaluation;

import io.newswire.enrich.tagger.SharedSet;
import io.newswire.enrich.tagger.Tagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The hand-judged actor audit of the Wikinews corpus (issue 12): a sample of the right size and shape, and the bar held. */
class ActorAuditTest {

    private static final Path SAMPLE = Path.of("src/test/resources/audit/actors-sample.tsv");
    private static final int MIN_JUDGED = 100;
    private static final int MAX_REASON = 120;     // a one-line reason in the team's words, never a copied passage
    private static final double BAR = 0.90;

    @Test
    void theSampleJudgesAtLeastAHundredPeopleInBothStrata() {
        List<ActorAudit.Judged> rows = ActorAudit.readSample(SAMPLE);
        long judged = rows.stream().filter(j -> j.verdict() == ActorAudit.Verdict.ACTOR || j.verdict() == ActorAudit.Verdict.NOT_ACTOR).count();
        assertTrue(judged >= MIN_JUDGED, judged + " people judged, fewer than " + MIN_JUDGED);
        Set<String> strata = rows.stream().filter(j -> j.verdict() == ActorAudit.Verdict.ACTOR).map(ActorAudit.Judged::stratum).collect(Collectors.toSet());
        assertEquals(Set.of("linked", "open"), strata);
        rows.forEach(j -> assertTrue(j.reason().length() <= MAX_REASON, "line " + j.line() + ": a reason is one short line"));
    }

    @Test
    void aVerdictOutsideTheVocabularyFailsWithItsLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("sample.tsv");
        Files.writeString(bad, "# " + String.join("\t", ActorAudit.COLUMNS) + "\nen-wnc-0001\tSomeone\tFRA\tmayor\topen\tmaybe\ta mayor\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActorAudit.readSample(bad));
        assertTrue(e.getMessage().startsWith("sample.tsv:2: verdict 'maybe'"), e.getMessage());
    }

    @Test
    void theTaggerHoldsTheBarOnTheJudgedSample() {
        Path corpus = SharedSet.dir().resolve("corpus");
        assumeTrue(Files.isDirectory(corpus), SharedSet.ABSENT);
        ActorAudit.Result result = new ActorAudit(Tagger.loadDefault()).audit(ActorAudit.readSample(SAMPLE), corpus);
        ActorAudit.print(result, System.out);
        assertTrue(result.precision() >= BAR, "audit precision " + result.precision() + " below " + BAR);
        assertTrue(result.recall() >= BAR, "audit recall " + result.recall() + " below " + BAR);
    }
}
