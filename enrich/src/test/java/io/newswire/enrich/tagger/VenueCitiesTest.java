package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.meetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A city that hosts talks and is no capital (kb/lexicon/venues.tsv) places talks between two peoples named by their
 * names, who are then their states' delegations, where the clause tells the talks took place ("ended", "lasted",
 * "se sont achevés"); under the auspices of a minister of that city's state, he takes part (issue 11, session s24,
 * meet-recall).
 */
class VenueCitiesTest {

    @Test
    void twoPeoplesBetweenInTalksPlacedInAVenueCityAreTheirDelegations() {
        EnrichedDispatch en = tag("SOCHI, Sept 17 - Talks between Russians and Turks on the fate of Idlib ended in Sochi on Monday "
                + "after four hours.", "2018-09-17");
        assertEquals(List.of(List.of("RUS", "TUR")), meetings(en, "occurred"));
        EnrichedDispatch fr = tag("LAUSANNE, 2 avril - Les négociations entre Américains et Iraniens sur le nucléaire se sont achevées jeudi "
                + "à Lausanne par un accord-cadre.", "2015-04-02");
        assertEquals(List.of(List.of("IRN", "USA")), meetings(fr, "occurred"));
        EnrichedDispatch city = tag("ISTANBUL, June 2 - The talks between Russians and Ukrainians in Istanbul ended after an hour on Monday.", "2025-06-02");
        assertEquals(List.of(List.of("RUS", "UKR")), meetings(city, "occurred"));
    }

    @Test
    void aPhraseOfSinceBetweenTheTalksAndTheirVerbLeavesThemPlaced() {
        EnrichedDispatch fr = tag("GENÈVE, 12 janvier - Les premières négociations entre Américains et Russes depuis l'automne se sont achevées "
                + "mercredi à Genève.", "2022-01-12");
        assertEquals(List.of(List.of("RUS", "USA")), meetings(fr, "occurred"));
        EnrichedDispatch planned = tag("GENÈVE, 9 janvier - Les premières négociations entre Américains et Russes depuis l'automne se tiendront "
                + "lundi à Genève.", "2022-01-09");
        assertEquals(List.of(), meetings(planned, "occurred"));
    }

    @Test
    void aVenueCityIsTheMeetingsLocationNoSideAndNoCountryOfTheDispatch() {
        EnrichedDispatch e = tag("GENEVA, Jan 10 - Talks between Americans and Russians lasted nearly eight hours in Geneva on Monday.", "2022-01-10");
        assertEquals(List.of(List.of("RUS", "USA")), meetings(e, "occurred"));
        assertEquals("location", events(e, "MEETING").get(0).getParticipants().stream().filter(p -> p.getCountry().equals("CHE")).findFirst().orElseThrow().getPart().toString().toLowerCase());
        assertTrue(e.getCountries().stream().noneMatch(c -> c.getCode().equals("CHE")), "Geneva makes no country of the dispatch");
    }

    @Test
    void talksInAVenueCityTheirClauseDoesNotTellAsHeldAreNoMeetingHeld() {
        EnrichedDispatch future = tag("KIEV, 15 mai - Les négociations entre Russes et Ukrainiens se tiendront vendredi à Istanbul.", "2025-05-15");
        assertEquals(List.of(), meetings(future, "occurred"));
        EnrichedDispatch led = tag("KIEV, 15 mai - Vladimir Medinski conduira la délégation russe aux négociations entre Russes et Ukrainiens "
                + "jeudi à Istanbul.", "2025-05-15");
        assertEquals(List.of(), meetings(led, "occurred"));
    }

    @Test
    void peoplesWithNoPlaceOrAtAMatchAreNoDelegations() {
        EnrichedDispatch frozen = tag("ANKARA, May 2 - Talks between Russians and Ukrainians have been frozen since the spring.", "2025-05-02");
        assertEquals(List.of(), meetings(frozen, "occurred"));
        EnrichedDispatch sport = tag("ISTANBUL, June 10 - Manchester City beat Inter Milan 1-0 in the Champions League final in Istanbul on "
                + "Saturday, a meeting between English and Italians.", "2023-06-10");
        assertEquals(List.of(), events(sport, "MEETING"));
    }

    @Test
    void aMinisterOfTheVenueCitysStateUnderWhoseAuspicesTalksAreHeldTakesPart() {
        EnrichedDispatch en = tag("ISTANBUL, May 16 - Talks between Russians and Ukrainians opened in Istanbul on Friday under the auspices "
                + "of Turkish Foreign Minister Hakan Fidan.", "2025-05-16");
        assertEquals(List.of(List.of("RUS", "TUR", "UKR")), meetings(en, "occurred"));
        EnrichedDispatch away = tag("GENEVA, May 16 - Talks between Russians and Ukrainians opened in Geneva on Friday under the auspices "
                + "of Turkish Foreign Minister Hakan Fidan.", "2025-05-16");
        assertEquals(List.of(List.of("RUS", "UKR")), meetings(away, "occurred"));
    }

    @Test
    void aConversationPlacedInAVenueCityIsAMeetingInPerson() {
        EnrichedDispatch fr = tag("SOTCHI, 29 septembre - Vladimir Poutine et Recep Tayyip Erdogan se sont entretenus mercredi à Sotchi "
                + "pendant près de trois heures.", "2021-09-29");
        assertEquals(List.of(List.of("RUS", "TUR")), meetings(fr, "occurred"));
        EnrichedDispatch call = tag("ANKARA, 2 novembre - Recep Tayyip Erdogan s'est entretenu mercredi au téléphone avec Vladimir Poutine de "
                + "l'accord sur les céréales signé à Istanbul.", "2022-11-02");
        assertTrue(meetings(call, "occurred").isEmpty(), meetings(call, "occurred").toString());
    }
}
