package io.newswire.enrich.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Wikidata position-holders export: the CSV or JSON the README's SPARQL query returns on query.wikidata.org
 * (SPARQL JSON results, or the query service's JSON array), or the CSV of an every-politician list
 * ({@code position,person,personID,start,end[,...]}, one country a file). Columns are found by name; dates may be
 * days, months, years or Wikidata timestamps.
 */
public final class PositionHolders {

    /** One office held once by one person. */
    public record Holding(String person, String wikidata, String country, String position, LocalDate from, LocalDate to, int line) {
    }

    /** What the file held: the holdings, and the lines that could not be read, with why. */
    public record Read(List<Holding> holdings, List<String> problems) {
    }

    private static final Pattern QID = Pattern.compile("(Q\\d+)$");
    private static final Pattern DATE = Pattern.compile("\\+?(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?(?:T.*)?");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private PositionHolders() {
    }

    /** The holdings of the file; {@code country} is the alpha-3 code of a file without a country column, else null. */
    public static Read read(Path file, String country) {
        List<Map<String, String>> rows = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? json(file) : csv(file);
        List<Holding> holdings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int line = 1;
        for (Map<String, String> row : rows) {
            line++;
            try {
                holdings.add(holding(row, country, line));
            } catch (IllegalArgumentException e) {
                problems.add(file.getFileName() + ":" + line + ": " + e.getMessage());
            }
        }
        return new Read(holdings, problems);
    }

    private static Holding holding(Map<String, String> row, String fileCountry, int line) {
        String personCell = cell(row, "person");
        String name = first(cell(row, "personLabel"), isUri(personCell) ? null : personCell);
        String wikidata = qid(first(cell(row, "personID"), isUri(personCell) ? personCell : null, cell(row, "item")));
        String position = first(cell(row, "positionLabel"), isUri(cell(row, "position")) ? null : cell(row, "position"));
        String country = first(cell(row, "country"), cell(row, "countryCode"), fileCountry);
        if (name == null) throw new IllegalArgumentException("no person's name (column personLabel or person)");
        if (position == null) throw new IllegalArgumentException("no position title (column positionLabel or position)");
        if (country == null) throw new IllegalArgumentException("no country: the file has no country column; give --country");
        country = country.toUpperCase(Locale.ROOT);
        if (!CODE.matcher(country).matches()) throw new IllegalArgumentException("country '" + country + "' is not an alpha-3 code");
        return new Holding(name, wikidata, country, position, date(cell(row, "start")), date(cell(row, "end")), line);
    }

    /** A day, a month (its first day), a year (its first day) or a Wikidata timestamp ("2012-05-07T00:00:00Z"); null when empty. */
    static LocalDate date(String value) {
        if (value == null) return null;
        Matcher m = DATE.matcher(value.trim());
        if (!m.matches()) throw new IllegalArgumentException("'" + value + "' is not a date");
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)), m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date");
        }
    }

    private static List<Map<String, String>> csv(Path file) {
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            while (it.hasNext()) rows.add(it.next());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a CSV file with a header: " + e.getMessage(), e);
        }
        return rows;
    }

    /** SPARQL JSON results ({"head", "results": {"bindings": [...]}}) or an array of objects of strings. */
    private static List<Map<String, String>> json(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getMessage(), e);
        }
        JsonNode items = root.isArray() ? root : root.path("results").path("bindings");
        if (!items.isArray()) throw new IllegalArgumentException(file + " holds neither SPARQL results nor an array of rows");
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode item : items) {
            Map<String, String> row = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> f = item.fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> e = f.next();
                JsonNode v = e.getValue();
                row.put(e.getKey(), v.isObject() ? v.path("value").asText() : v.asText());
            }
            rows.add(row);
        }
        return rows;
    }

    private static String cell(Map<String, String> row, String column) {
        for (Map.Entry<String, String> e : row.entrySet()) {
            if (e.getKey().trim().equalsIgnoreCase(column)) return e.getValue() == null || e.getValue().isBlank() ? null : e.getValue().trim();
        }
        return null;
    }

    private static boolean isUri(String value) {
        return value != null && value.startsWith("http");
    }

    private static String qid(String value) {
        if (value == null) return null;
        Matcher m = QID.matcher(value.trim());
        return m.find() ? m.group(1) : null;
    }

    private static String first(String... values) {
        for (String v : values) if (v != null) return v;
        return null;
    }
}
