package io.newswire.enrich.tagger;

import io.newswire.schemas.ActorTag;
import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.actor;
import static io.newswire.enrich.tagger.TaggerTest.only;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open-world actors of the actors9 blind batch C (session s28, wave 2): past holders counted after a plural title with a
 * year after each name, a state's national police chief named by the force, a succession told in the sentence after
 * the office with a name as its subject, an office taken after a time of day, and initials written together inside a name.
 */
class CountedHoldersAndSuccessionsTest {

    @Test
    void holdersCountedWithAYearAfterEachName() {
        EnrichedDispatch e = tag("WASHINGTON, Jan 20 - The president took the oath indoors on Monday because of the cold. Only two other presidents, "
                + "Calvin Coolidge, in 1925, and Herbert Hoover, in 1929, had taken it in the rain. His two eldest children, Donald, in 1977, and Ivanka, in 1981, "
                + "were born in New York.", "2025-01-20", "en");
        ActorTag hoover = only(e, "Herbert Hoover");
        assertEquals("USA", hoover.getCountry());
        assertEquals("president", hoover.getRole());
        assertEquals("USA", only(e, "Calvin Coolidge").getCountry());
        assertTrue(actor(e, "Ivanka").isEmpty(), "children counted after a plural noun: " + e.getActors().stream().map(ActorTag::getName).toList());
    }

    @Test
    void aStatesNationalPoliceChiefByTheForce() {
        ActorTag albayalde = only(tag("MANILA, Oct 14 - Oscar Albayalde, the chief of the Philippine National Police, resigned on Monday amid an inquiry into drug raids.",
                "2019-10-14", "en"), "Oscar Albayalde");
        assertEquals("PHL", albayalde.getCountry());
        assertEquals("police_chief", albayalde.getRole());
    }

    @Test
    void aSuccessionToldAfterTheOfficeWithANameAsSubject() {
        EnrichedDispatch e = tag("OTTAWA, 14 janvier - Le chef d'état-major de la Défense change de titulaire après plus de cinq ans. "
                + "Le général Jonathan Vance, en poste depuis 2015, a été remplacé jeudi par l'amiral Art McDonald.", "2021-01-14", "fr");
        ActorTag mcdonald = only(e, "Art McDonald");
        assertEquals("CAN", mcdonald.getCountry());
        assertEquals("army_chief", mcdonald.getRole());
        ActorTag vance = only(e, "Jonathan Vance");
        assertEquals("CAN", vance.getCountry());
    }

    @Test
    void anOfficeTakenAfterATimeOfDay() {
        ActorTag rossello = only(tag("SAN JUAN, Jan 2 - Ricardo Rossello was sworn in at 10 a.m. local time (1400 GMT) on Monday as Puerto Rico's governor, "
                + "promising to restore the island's finances and to seek statehood.", "2017-01-02", "en"), "Ricardo Rossello");
        assertEquals("USA", rossello.getCountry());
        assertEquals("governor", rossello.getRole());
    }

    @Test
    void initialsWrittenTogetherStayInTheName() {
        ActorTag botha = only(tag("JOHANNESBURG, 1er novembre - L'ancien président sud-africain P.W. Botha est mort mardi à l'âge de 90 ans.", "2006-11-01", "fr"),
                "P.W. Botha");
        assertEquals("ZAF", botha.getCountry());
    }
}
