package io.newswire.ingest.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads wire datelines: a place, optional region and date parts separated by commas, the agency in brackets and
 * a dash ("MOSCOW, March 3 (Reuters) -", "PARIS, 3 mars 2024 (AFP) -", "WASHINGTON (AP) —"), or unsigned where it gives
 * a day ("WASHINGTON, March 18 -"). Month names, day
 * suffixes and agency tokens are data ({@code dateline-words.tsv}, {@code dateline-agencies.tsv}), so another
 * language is a few lines in a file. A date without a year is the latest such day no later than a day after
 * the dispatch was received ("December 30" received on 2 January is the previous year's).
 */
final class DatelineReader {
    /** The reader of the datelines in the data files (French and English today). */
    static final DatelineReader STANDARD = load("dateline-words.tsv", "dateline-agencies.tsv");
    /** A place is a few words: longer text before the agency is a sentence, not a dateline. */
    private static final int MAX_PLACE_WORDS = 5;
    /** A lower-case word in an unsigned dateline's place is a particle ("de", "au", "el"), no longer. */
    private static final int MAX_PARTICLE_CHARS = 3;
    /** The dateline must end within this many characters of the body's start. */
    private static final int MAX_DATELINE_CHARS = 120;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** A head closed by a dash set off by a space ("WASHINGTON, March 18 -"): a hyphen inside a name is no dash. */
    private static final Pattern UNSIGNED = Pattern.compile("^([^()\\n]{2," + MAX_DATELINE_CHARS + "}?)\\s+[-\u2013\u2014]+\\s");

    private final Map<String, Integer> months;
    private final Set<String> daySuffixes;
    private final Pattern signed;

    private DatelineReader(Map<String, Integer> months, Set<String> daySuffixes, Set<String> agencies) {
        this.months = months;
        this.daySuffixes = daySuffixes;
        String tokens = agencies.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        // head, then "(AGENCY)", then a dash
        this.signed = Pattern.compile("^([^()\\n]{2," + MAX_DATELINE_CHARS + "}?)\\s*\\((?:" + tokens + ")\\)\\s*[-\u2013\u2014]+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static DatelineReader load(String wordsFile, String agenciesFile) {
        Map<String, Integer> months = new HashMap<>();
        Set<String> daySuffixes = new HashSet<>();
        for (DataFile.Row row : DataFile.read(wordsFile, "language", "kind", "word", "value")) {
            String word = row.cell(2).toLowerCase(Locale.ROOT);
            switch (row.cell(1)) {
                case "month" -> {
                    int month;
                    try {
                        month = Integer.parseInt(row.cell(3));
                    } catch (NumberFormatException e) {
                        throw row.problem("month '" + row.cell(3) + "' is not a number");
                    }
                    if (month < 1 || month > 12) {
                        throw row.problem("month " + month + " is not between 1 and 12");
                    }
                    Integer earlier = months.put(word, month);
                    if (earlier != null && earlier != month) {
                        throw row.problem("'" + word + "' is already month " + earlier);
                    }
                }
                case "day-suffix" -> daySuffixes.add(word);
                default -> throw row.problem("kind '" + row.cell(1) + "' is not month or day-suffix");
            }
        }
        Set<String> agencies = new HashSet<>();
        for (DataFile.Row row : DataFile.read(agenciesFile, "token", "agency")) {
            agencies.add(row.cell(0));
        }
        return new DatelineReader(months, daySuffixes, agencies);
    }

    /** The dateline that opens a body, signed by a known agency and closed by a dash; null when it has none. */
    Dateline atStartOf(String body, Instant received) {
        String start = body.stripLeading();
        int lineEnd = start.indexOf('\n');
        String firstLine = start.substring(0, Math.min(lineEnd < 0 ? start.length() : lineEnd, MAX_DATELINE_CHARS + 40));
        // Both patterns need a dash, and the signed one a bracket: most bodies open with neither, and the patterns'
        // lazy heads would try every length up to the limit before giving up.
        if (!hasDash(firstLine)) {
            return null;
        }
        if (firstLine.indexOf('(') >= 0) {
            Matcher matcher = signed.matcher(firstLine);
            if (matcher.find()) return parts(matcher.group(1), received);
        }
        // unsigned ("WASHINGTON, March 18 - "): a dateline only where it gives a day, else it may be a headline
        Matcher unsigned = UNSIGNED.matcher(firstLine);
        Dateline found = unsigned.find() ? parts(unsigned.group(1), received) : null;
        return found != null && found.date() != null && namesAPlace(found.place()) ? found : null;
    }

    private static boolean hasDash(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014') {
                return true;
            }
        }
        return false;
    }

    /** "WASHINGTON", "Rio de Janeiro": capitalised words and short particles, not a sentence ("Talks resumed in Vienna"). */
    private static boolean namesAPlace(String place) {
        for (String word : place.split("\\s+")) {
            if (!Character.isUpperCase(word.codePointAt(0)) && word.length() > MAX_PARTICLE_CHARS) return false;
        }
        return true;
    }

    /** A dateline given as such (NewsML-G2 {@code dateline}), where the agency and the dash are optional. */
    Dateline of(String dateline, Instant received) {
        return parts(dateline.strip().replaceFirst("\\s*(\\([^)]*\\))?\\s*[-\u2013\u2014]*$", ""), received);
    }

    /** "PARIS, 3 mars 2024": the place, then region and date parts. */
    private Dateline parts(String head, Instant received) {
        List<String> parts = new ArrayList<>();
        for (String part : head.split(",")) {
            parts.add(part.strip());
        }
        String place = parts.get(0);
        if (place.isEmpty() || !Character.isLetter(place.codePointAt(0)) || place.split("\\s+").length > MAX_PLACE_WORDS) {
            return null;
        }
        LocalDate date = null;
        for (int i = 1; i < parts.size() && date == null; i++) {
            String year = i + 1 < parts.size() && YEAR.matcher(parts.get(i + 1)).matches() ? parts.get(i + 1) : null;
            date = date(parts.get(i), year, received);
        }
        return new Dateline(place, date);
    }

    /** "3 mars 2024", "1er avril", "March 3", "Jan. 5" (with {@code separateYear} from "March 3, 2024"); null if not a date. */
    private LocalDate date(String part, String separateYear, Instant received) {
        String[] words = part.toLowerCase(Locale.ROOT).replace(".", " ").strip().split("\\s+");
        if (words.length < 2 || words.length > 3) {
            return null;
        }
        Integer month = months.get(words[0]);
        Integer day = month != null ? day(words[1]) : day(words[0]);
        if (month == null) {
            month = months.get(words[1]);
        }
        String year = words.length == 3 ? words[2] : separateYear;
        if (month == null || day == null || (year != null && !YEAR.matcher(year).matches())) {
            return null;
        }
        LocalDate reference = received.atOffset(ZoneOffset.UTC).toLocalDate();
        try {
            LocalDate date = LocalDate.of(year != null ? Integer.parseInt(year) : reference.getYear(), month, day);
            return year == null && date.isAfter(reference.plusDays(1)) ? date.minusYears(1) : date;
        } catch (DateTimeException noSuchDay) {
            return null;
        }
    }

    /** "3", "03", "1er", "3rd": the day of the month, or null. */
    private Integer day(String word) {
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2 || (digits < word.length() && !daySuffixes.contains(word.substring(digits)))) {
            return null;
        }
        int day = Integer.parseInt(word.substring(0, digits));
        return day >= 1 && day <= 31 ? day : null;
    }
}
