package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who "he", "il" or a bare title ("the president", "le président") stands for when the sentence names no one else. */
class SubjectReferentsTest {

    @Test
    void bareTitleStandsForTheOfficialNamedBeforeNotTheDatelinesState() {
        EnrichedDispatch e = tag("BALI, Nov 14 - U.S. President Joe Biden landed in Bali on Sunday evening. "
                + "The president held three hours of talks with Chinese President Xi Jinping on Monday.", "2022-11-14");
        assertOne(e, "MEETING", "occurred", "USA", "CHN");
    }

    @Test
    void frenchBareTitleStandsForTheGuestNamedBefore() {
        EnrichedDispatch e = tag("PEKIN, 14 avril - Le président brésilien Luiz Inacio Lula da Silva a entamé jeudi une tournée en Asie.\n\n"
                + "Le président a été reçu vendredi par Xi Jinping au Palais du peuple.", "2023-04-14");
        assertOne(e, "MEETING", "occurred", "BRA", "CHN");
    }

    @Test
    void titleOfAnotherOfficeIsNoStatesPrincipal() {
        EnrichedDispatch e = tag("BRUSSELS, April 13 - The president of the European Commission held talks with Chinese President Xi Jinping in Beijing on Thursday.", "2023-04-13");
        assertTrue(events(e, "MEETING").isEmpty(), e.getEvents().toString());
    }

    @Test
    void pronounAfterAJournalistSubjectStandsForNoOfficial() {
        EnrichedDispatch e = tag("LONDON, Jan 10 - BBC journalist Jeremy Bowen interviewed Turkish Foreign Minister Mevlut Cavusoglu in Ankara on Monday.\n\n"
                + "On Tuesday he met Greek Prime Minister Kyriakos Mitsotakis in Athens.", "2023-01-10");
        assertTrue(events(e, "MEETING").isEmpty(), e.getEvents().toString());
    }

    @Test
    void pronounDoesNotStandForThePassivesAgentOfTheSentenceBefore() {
        EnrichedDispatch e = tag("PARIS, 1er août - La journaliste Alsu Kurmasheva, graciée par Vladimir Poutine, a été libérée jeudi.\n\n"
                + "Elle a été accueillie dans la soirée par Joe Biden près de Washington.", "2024-08-01");
        assertTrue(events(e, "MEETING").isEmpty(), e.getEvents().toString());
    }

    @Test
    void pronounStandsForTheSubjectOfTheSentenceBefore() {
        EnrichedDispatch e = tag("NEW DELHI, Sept 10 - Saudi Crown Prince Mohammed bin Salman attended the last day of the G20 summit on Sunday.\n\n"
                + "Afterwards he was received by Indian Prime Minister Narendra Modi at Hyderabad House.", "2023-09-11");
        assertOne(e, "MEETING", "occurred", "SAU", "IND");
    }
}
