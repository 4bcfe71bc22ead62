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
 * Open-world actors the actor audit still missed (session s28, the actors9 sets): a successor named by a relative clause
 * of succession or by "his successor", an office taken by a verb of taking office, a territory's chief executive (an
 * actor of the sovereign state, never a company's chief), the second of two titles in apposition, a deputy head of
 * government by a title built on the government, an opposition leader by his party's colour, and past holders counted
 * after a plural title.
 */
class SuccessorsAndTerritoryHeadsTest {

    @Test
    void aSuccessorTakesTheOfficeHeTakesOver() {
        ActorTag davies = only(tag("WELLINGTON, June 6 - Air Marshal Kevin Short retired on Thursday. Air Vice-Marshal Tony Davies, who succeeds him as chief of defence force, "
                + "paid tribute to New Zealand's troops.", "2024-06-06", "en"), "Tony Davies");
        assertEquals("NZL", davies.getCountry());
        assertEquals("army_chief", davies.getRole());
        ActorTag schill = only(tag("PARIS, 21 juillet - Le général Thierry Burkhard a quitté mercredi ses fonctions de chef d'état-major de l'armée de Terre. "
                + "Son successeur, le général Pierre Schill, a pris le commandement dans la cour des Invalides.", "2021-07-21", "fr"), "Pierre Schill");
        assertEquals("FRA", schill.getCountry());
    }

    @Test
    void aTerritorysChiefExecutiveIsOfItsSovereignNotACompanysChief() {
        ActorTag tsang = only(tag("BEIJING, July 1 - Donald Tsang was sworn in on Sunday as Chief Executive of Hong Kong for a second term.", "2007-07-01", "en"), "Donald Tsang");
        assertEquals("CHN", tsang.getCountry());
        assertEquals("chief_executive", tsang.getRole());
        EnrichedDispatch bank = tag("LONDON, Feb 26 - HSBC chief executive Stuart Gulliver said on Monday the bank would keep its headquarters in Britain.", "2018-02-26", "en");
        assertTrue(bank.getActors().isEmpty(), "a bank's chief executive: " + bank.getActors().stream().map(ActorTag::getName).toList());
        ActorTag chui = only(tag("MACAO, 20 décembre - Fernando Chui a prêté serment jeudi comme chef de l'exécutif de Macao.", "2009-12-20", "fr"), "Fernando Chui");
        assertEquals("CHN", chui.getCountry());
    }

    @Test
    void theSecondOfTwoTitlesInAppositionIsReadToo() {
        ActorTag dumas = only(tag("PARIS, 3 juillet - Roland Dumas, ancien avocat de Picasso et ancien ministre des Affaires étrangères, "
                + "a publié mercredi ses souvenirs de la présidence de François Mitterrand en France.", "2019-07-03", "fr"), "Roland Dumas");
        assertEquals("FRA", dumas.getCountry());
        assertEquals("foreign_minister", dumas.getRole());
        EnrichedDispatch chiefs = tag("PARIS, 5 novembre - Jean Dupont, ancien président de la SNCF et ancien patron d'EADS, a remis lundi son rapport.", "2012-11-05", "fr");
        assertTrue(chiefs.getActors().isEmpty(), "two company chiefs' titles: " + chiefs.getActors().stream().map(ActorTag::getName).toList());
    }

    @Test
    void aGovernmentsVicePresidentAndAnOppositionLeaderByHisParty() {
        ActorTag calvo = only(tag("MADRID, 15 janvier - Carmen Calvo, vice-présidente du gouvernement, a présenté mardi le projet de loi.", "2020-01-15", "fr"), "Carmen Calvo");
        assertEquals("ESP", calvo.getCountry());
        assertEquals("deputy_prime_minister", calvo.getRole());
        ActorTag rubalcaba = only(tag("MADRID, 12 mai - Le leader de l'opposition socialiste Alfredo Pérez Rubalcaba a dénoncé samedi les coupes budgétaires.", "2012-05-12", "fr"), "Alfredo Pérez Rubalcaba");
        assertEquals("ESP", rubalcaba.getCountry());
    }

    @Test
    void aLengthOfTimeInOfficeGivesTheSubjectAPastRole() {
        ActorTag dunford = only(tag("ARLINGTON, Sept 30 - General Joseph Dunford retired on Monday after four years as chairman of the Joint Chiefs of Staff. "
                + "President Donald Trump praised his service.",
                "2019-09-30", "en"), "Joseph Dunford");
        assertEquals("USA", dunford.getCountry());
        ActorTag villiers = only(tag("PARIS, 19 juillet - Le général Pierre de Villiers a quitté mercredi l'armée, après trois ans comme chef d'état-major des armées.",
                "2017-07-19", "fr"), "Pierre de Villiers");
        assertEquals("FRA", villiers.getCountry());
        EnrichedDispatch coach = tag("LONDON, May 4 - Arsene Wenger left Arsenal on Sunday after 22 years as manager of the club.", "2018-05-04", "en");
        assertTrue(coach.getActors().isEmpty(), "a club's manager: " + coach.getActors().stream().map(ActorTag::getName).toList());
    }

    @Test
    void aHyphenatedSyllableEndingInIngAndDottedInitialsStayInTheName() {
        ActorTag leung = only(tag("HONG KONG, July 1 - Leung Chun-ying was sworn in on Sunday as Hong Kong's chief executive.", "2012-07-01", "en"), "Leung Chun-ying");
        assertEquals("CHN", leung.getCountry());
        EnrichedDispatch bush = tag("HOUSTON, Dec 1 - Former U.S. President George H.W. Bush died on Friday at 94. He had served one term.", "2018-12-01", "en");
        assertTrue(actor(bush, "George H.W").isEmpty(), "the dotted initials end no sentence: " + bush.getActors().stream().map(ActorTag::getName).toList());
    }

    @Test
    void pastHoldersCountedAfterAPluralTitle() {
        EnrichedDispatch e = tag("WASHINGTON, Feb 17 - Two presidents, James Madison and John Quincy Adams, were born in the same state, historians said on Monday. "
                + "Two other visitors, Mark Jones and Paul Smith, were turned away from the White House.", "2020-02-17", "en");
        ActorTag madison = only(e, "James Madison");
        assertEquals("USA", madison.getCountry());
        assertEquals("president", madison.getRole());
        assertTrue(actor(e, "Mark Jones").isEmpty(), "visitors after a plural noun are no actors");
    }
}
