package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.newswire.enrich.tagger.TaggerTest.heldByDate;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Meetings a dispatch names as held before the one it reports (issue 11, sixth wave): held, and dated by their own words. */
class EarlierMeetingsTest {

    @Test
    void aMonthWithoutItsYearIsTheLastSuchMonthBeforeTheDispatch() {
        EnrichedDispatch e = tag("HANOI, Feb 27 - U.S. President Donald Trump and North Korean leader Kim Jong Un met in Hanoi on Wednesday, "
                + "eight months after their first summit in Singapore in June.", "2019-02-27");
        assertEquals(Map.of(LocalDate.of(2019, 2, 27), List.of("PRK", "USA"), LocalDate.of(2018, 6, 1), List.of("PRK", "USA")), heldByDate(e));
    }

    @Test
    void lastYearAndAnExplicitYearDateTheEarlierVisit() {
        EnrichedDispatch e = tag("PARIS, 6 mai - Emmanuel Macron a reçu lundi le président chinois Xi Jinping à l'Elysée, leur première "
                + "rencontre depuis la visite d'Etat du président français en Chine l'an dernier.", "2024-05-06");
        assertEquals(List.of("CHN", "FRA"), heldByDate(e).get(LocalDate.of(2023, 1, 1)), heldByDate(e).toString());
        EnrichedDispatch f = tag("SOCHI, Sept 4 - Turkish President Tayyip Erdogan held talks with Russian President Vladimir Putin in Sochi "
                + "on Monday, their first meeting since they met in Astana in October 2022.", "2023-09-04");
        assertEquals(List.of("RUS", "TUR"), heldByDate(f).get(LocalDate.of(2022, 10, 1)), heldByDate(f).toString());
    }

    @Test
    void theDayAfterCountsBackFromTheEventItQualifies() {
        EnrichedDispatch e = tag("WASHINGTON, 16 août - Donald Trump s'est entretenu samedi par téléphone avec Volodymyr Zelensky, au "
                + "lendemain de son sommet avec Vladimir Poutine en Alaska.", "2025-08-16");
        assertEquals(List.of("RUS", "USA"), heldByDate(e).get(LocalDate.of(2025, 8, 15)), heldByDate(e).toString());
    }

    @Test
    void aSummitCalledOffOrAGroupsSummitIsNoEarlierMeeting() {
        EnrichedDispatch e = tag("ST PETERSBURG, Sept 6 - U.S. President Barack Obama and Russian President Vladimir Putin talked on the "
                + "sidelines of the G20 summit on Friday, their first talks since Obama called off a planned Moscow summit in August.", "2013-09-06");
        assertTrue(heldByDate(e).keySet().stream().allMatch(d -> d.equals(LocalDate.of(2013, 9, 6))), heldByDate(e).toString());
        EnrichedDispatch f = tag("NEW DELHI, Feb 25 - German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi in New Delhi on "
                + "Saturday, their first talks since the G20 summit in Bali in November.", "2023-02-25");
        assertEquals(Map.of(LocalDate.of(2023, 2, 25), List.of("DEU", "IND")), heldByDate(f));
    }

    @Test
    void talksOverAMealAreAMeetingHeld() {
        EnrichedDispatch e = tag("PARIS, July 13 - French President Emmanuel Macron and U.S. President Donald Trump discussed Syria over "
                + "dinner at the Eiffel Tower on Thursday.", "2017-07-13");
        assertEquals(Map.of(LocalDate.of(2017, 7, 13), List.of("FRA", "USA")), heldByDate(e));
    }

    @Test
    void aSummitNamedByItsPlaceAndCountedFromTheClauseIsTheSameSidesMeeting() {
        EnrichedDispatch e = tag("PANMUNJOM, June 30 - U.S. President Donald Trump met North Korean leader Kim Jong Un in the demilitarised "
                + "zone on Sunday, their first meeting since the Hanoi summit in February.", "2019-06-30");
        assertEquals(List.of("PRK", "USA"), heldByDate(e).get(LocalDate.of(2019, 2, 1)), heldByDate(e).toString());
        EnrichedDispatch f = tag("WASHINGTON, 7 décembre - Joe Biden et Vladimir Poutine se sont parlé mardi par visioconférence, leur premier "
                + "appel depuis le sommet de Genève en juin.", "2021-12-07");
        assertEquals(List.of("RUS", "USA"), heldByDate(f).get(LocalDate.of(2021, 6, 1)), heldByDate(f).toString());
    }

    @Test
    void aSummitCountedFromNoContactTakesNoSides() {
        EnrichedDispatch e = tag("WASHINGTON, July 25 - U.S. Secretary of State Mike Pompeo defended the administration's Russia policy before "
                + "senators on Wednesday, his first testimony since the Helsinki summit.", "2018-07-25");
        assertTrue(heldByDate(e).isEmpty(), heldByDate(e).toString());
    }
}
