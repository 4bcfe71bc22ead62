package io.newswire.ingest.format;

import java.time.LocalDate;

/**
 * A wire dateline: where the dispatch was written and, when it says, the day ("PARIS, 3 mars 2024 (AFP) -" is
 * PARIS on 2024-03-03; "WASHINGTON (AP) —" is WASHINGTON, no day).
 *
 * @param place the first part, as written (PARIS, MOSCOW, WASHINGTON)
 * @param date  the day, or null when the dateline gives none
 */
record Dateline(String place, LocalDate date) {
}
