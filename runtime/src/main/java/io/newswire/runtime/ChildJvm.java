package io.newswire.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A Java main run in a child JVM on this JVM's class path, its output appended to a log file: brokers, and apps that tests kill. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** A process builder for {@code mainClass args}, ready to start. */
    public static ProcessBuilder of(List<String> jvmOptions, String mainClass, List<String> args, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }
}
