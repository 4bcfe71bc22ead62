package io.newswire.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's configuration table is generated from the ConfigDef declarations and must not drift from them. */
class ReadmeConfigTableTest {
    private static final String BEGIN = "<!-- config-table:begin (bin/newswire config) -->\n";
    private static final String END = "<!-- config-table:end -->";

    @Test
    void readmeConfigurationTableMatchesTheDeclarations() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        String documented = begin < 0 || end < 0 ? "(no table markers in README.md)" : readme.substring(begin + BEGIN.length(), end);
        assertEquals(ConfigCommand.table(), documented,
                "README.md's configuration table is out of date: replace it with the output of `bin/newswire config`");
    }
}
