package io.newswire.cli;

import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A command that runs an app from the configuration (-D keys, newswire.properties), logging under its data directory. */
abstract class ConfiguredCommand implements Callable<Integer>, LogSetup.Logged {
    @Mixin
    ConfigOptions config;

    @Mixin
    LogOptions log;

    @Override
    public Path dataDir() {
        return config.dataDir();
    }

    @Override
    public boolean verbose() {
        return log.verbose;
    }
}
