package io.newswire.bench.pipeline;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsConfig;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a stage and the passthrough in alternation, round by round (stage first in odd rounds, passthrough first in
 * even ones), each with a new application id reading the same pre-loaded topic from the start until its lag is 0.
 * The first round warms the JIT up and is left out when there are more.
 */
final class StageComparison {
    private StageComparison() {
    }

    static StageFigures measure(Admin admin, Stage stage, int rounds, Path stateRoot, PrintStream out) {
        List<RoundResult> measured = new ArrayList<>();
        List<RoundResult> passthrough = new ArrayList<>();
        List<Double> work = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            String id = "bench-" + stage.name().replaceAll("[^A-Za-z0-9-]", "-") + "-r" + round;
            RoundResult s;
            RoundResult p;
            if (round % 2 == 1) {
                s = runStage(admin, stage, id, stateRoot);
                p = runPassthrough(admin, stage, id + "-passthrough", stateRoot);
            } else {
                p = runPassthrough(admin, stage, id + "-passthrough", stateRoot);
                s = runStage(admin, stage, id, stateRoot);
            }
            double alone = stage.work() == null ? Double.NaN : stage.work().getAsDouble();
            out.printf(Locale.ROOT, "  %s round %d%s: %,.0f records/s, %.0f ms stream-thread CPU per 1,000%s | passthrough %,.0f records/s, %.0f ms | load %.1f%n",
                    stage.name(), round, round == 1 && rounds > 1 ? " (warm-up)" : "", s.recordsPerSecond(), s.streamCpuPerThousand(),
                    Double.isNaN(alone) ? "" : String.format(Locale.ROOT, " (its work alone %.0f ms)", alone),
                    p.recordsPerSecond(), p.streamCpuPerThousand(), CpuClock.loadAverage());
            if (round > 1 || rounds == 1) {
                measured.add(s);
                passthrough.add(p);
                work.add(alone);
            }
        }
        return new StageFigures(stage.name(), stage.records(), stage.instances(), measured, passthrough, work);
    }

    private static RoundResult runStage(Admin admin, Stage stage, String applicationId, Path stateRoot) {
        Stage.App app = stage.app().apply(applicationId);
        return StreamsRound.run(admin, app.topology(), app.properties(), stage.instances(), stage.input(), stage.records(), stateRoot);
    }

    /** The passthrough, with the stage's own settings. */
    private static RoundResult runPassthrough(Admin admin, Stage stage, String applicationId, Path stateRoot) {
        Stage.App app = stage.app().apply(applicationId);
        if (!applicationId.equals(app.properties().getProperty(StreamsConfig.APPLICATION_ID_CONFIG))) {
            throw new IllegalStateException("The stage's settings must carry the application id they were made for");
        }
        return StreamsRound.run(admin, () -> Passthrough.topology(stage.input(), stage.passthroughOutput()), app.properties(),
                stage.instances(), stage.input(), stage.records(), stateRoot);
    }
}
