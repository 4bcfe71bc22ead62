package io.newswire.enrich.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One knowledge-base TSV read from the classpath as the tagger reads it: '#' lines are comments, the first '#' line
 * with tabs is the header, every other non-empty line is a row. Layout problems go to {@link Problems}.
 */
final class TsvFile {

    /** A data line with its 1-based line number in the file, for messages an editor can act on. */
    record Row(int line, List<String> cells) {
        String cell(int column) {
            return cells.get(column);
        }
    }

    private final String name;
    private final List<String> header;
    private final List<Row> rows;

    private TsvFile(String name, List<String> header, List<Row> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    String name() {
        return name;
    }

    List<String> header() {
        return header;
    }

    /** Rows with exactly the header's columns; the others are reported and left out of the content checks. */
    List<Row> rows() {
        return rows;
    }

    static String text(String resource) {
        try (InputStream in = TsvFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the classpath");
            }
            byte[] bytes = in.readAllBytes();
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(resource + " is not valid UTF-8: " + e, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TsvFile read(String fileName, List<String> expectedHeader, Problems problems) {
        String text = text("/kb/" + fileName);
        if (text.startsWith("\uFEFF")) {
            problems.at(1, "starts with a byte-order mark; save as UTF-8 without BOM");
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            if (line.endsWith("\r")) {
                problems.at(lineNumber, "ends with a carriage return (Windows line ending)");
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (header == null && line.indexOf('\t') >= 0) {
                    header = Arrays.stream(line.substring(1).split("\t", -1)).map(String::strip).toList();
                    if (!header.equals(expectedHeader)) {
                        problems.at(lineNumber, "header is %s, expected %s", header, expectedHeader);
                    }
                }
                continue;
            }
            if (header == null) {
                problems.at(lineNumber, "data before the '#' header line");
                header = expectedHeader;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (cells.size() != expectedHeader.size()) {
                problems.at(lineNumber, "has %d columns, expected %d (%s): %s",
                        cells.size(), expectedHeader.size(), String.join(", ", expectedHeader), visible(line));
                continue;
            }
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (!cell.equals(cell.strip())) {
                    problems.at(lineNumber, "%s '%s' has leading or trailing spaces", expectedHeader.get(c), visible(cell));
                }
            }
            rows.add(new Row(lineNumber, cells));
        }
        if (header == null) {
            problems.inFile("no '#' header line with tabs");
        }
        return new TsvFile(fileName, header == null ? expectedHeader : header, rows);
    }

    /** Tabs shown as arrows so a misplaced tab is visible in the failure message. */
    private static String visible(String s) {
        return s.replace("\t", "→");
    }
}
