package io.newswire.ingest.format;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatelineReaderTest {
    private static final Instant RECEIVED = Instant.parse("2024-03-20T08:00:00Z");
    private final DatelineReader datelines = DatelineReader.STANDARD;

    @Test
    void frenchWireDatelineGivesPlaceAndDate() {
        assertEquals(new Dateline("PARIS", LocalDate.of(2024, 3, 3)), datelines.atStartOf("PARIS, 3 mars 2024 (AFP) - Le président...", RECEIVED));
        assertEquals(new Dateline("LONDRES", LocalDate.of(2024, 3, 1)), datelines.atStartOf("LONDRES, 1er mars (AFP) - Texte.", RECEIVED));
    }

    @Test
    void englishWireDatelineWithoutYearIsTheLatestSuchDay() {
        assertEquals(new Dateline("MOSCOW", LocalDate.of(2024, 3, 3)), datelines.atStartOf("MOSCOW, March 3 (Reuters) - Russia said", RECEIVED));
        assertEquals(new Dateline("ANKARA", LocalDate.of(2023, 12, 30)),
                datelines.atStartOf("ANKARA, Dec. 30 (Reuters) - Text.", Instant.parse("2024-01-02T10:00:00Z")), "a late December day read in January");
        assertEquals(new Dateline("WOODSIDE", LocalDate.of(2023, 11, 15)),
                datelines.atStartOf("WOODSIDE, California, Nov. 15, 2023 (Newswire) - Text.", RECEIVED));
    }

    @Test
    void datelineWithoutDateGivesThePlaceOnly() {
        assertEquals(new Dateline("WASHINGTON", null), datelines.atStartOf("WASHINGTON (AP) \u2014 The White House said", RECEIVED));
        assertEquals(new Dateline("GROSSETO", null), datelines.atStartOf("GROSSETO, Italy (AP) -- The trial", RECEIVED));
    }

    @Test
    void unsignedDatelineIsReadWhereItGivesADay() {
        // readouts and many newsrooms' own copy sign no agency: "WASHINGTON, March 18 -"
        assertEquals(new Dateline("WASHINGTON", LocalDate.of(2024, 3, 18)), datelines.atStartOf("WASHINGTON, March 18 - The President spoke", RECEIVED));
        assertEquals(new Dateline("PORT-AU-PRINCE", LocalDate.of(2024, 3, 3)), datelines.atStartOf("PORT-AU-PRINCE, 3 mars \u2014 Le Premier ministre", RECEIVED));
        assertEquals(new Dateline("WOODSIDE", LocalDate.of(2023, 11, 15)), datelines.atStartOf("WOODSIDE, California, Nov. 15, 2023 - Text.", RECEIVED));
    }

    @Test
    void unsignedTextWithADashButNoDayIsNoDateline() {
        assertNull(datelines.atStartOf("PARIS - Le président a parlé", RECEIVED), "no agency and no day: could be a headline");
        assertNull(datelines.atStartOf("Talks resumed in Vienna, March 3 - officials said", RECEIVED), "a sentence, not a place");
        assertNull(datelines.atStartOf("Macron, Scholz - the two leaders met", RECEIVED));
        assertNull(datelines.atStartOf("Kyiv-Moscow talks, March 3, were cancelled", RECEIVED), "a hyphen is no dash");
    }

    @Test
    void textThatOnlyLooksLikeADatelineIsNot() {
        assertNull(datelines.atStartOf("The talks were held in Vienna (AP) - officials said", RECEIVED), "a sentence, not a place");
        assertNull(datelines.atStartOf("PARIS, 3 mars (Le Monde) - not an agency in the list", RECEIVED));
        assertNull(datelines.atStartOf("Le président a parlé (AFP)", RECEIVED), "no dash after the agency");
        assertEquals(new Dateline("PARIS", null), datelines.atStartOf("PARIS, 31 février (AFP) - no such day", RECEIVED));
    }

    @Test
    void datelineGivenAsSuchNeedsNoAgencyNorDash() {
        assertEquals(new Dateline("BERLIN", LocalDate.of(2024, 3, 14)), datelines.of("BERLIN, March 14 (Reuters)", RECEIVED));
        assertEquals(new Dateline("Genève", LocalDate.of(2024, 2, 29)), datelines.of("Genève, 29 février 2024", RECEIVED));
        assertEquals(new Dateline("New York", null), datelines.of("New York", RECEIVED));
    }
}
