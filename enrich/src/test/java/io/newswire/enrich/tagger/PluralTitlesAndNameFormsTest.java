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
 * Open-world actors on copy never seen (session s27, the actors7 sets): a plural title before two names, a spokesperson
 * whose state the context gives, hyphenated and capitalised name forms, offices the lexicon lacked, and their look-alikes.
 */
class PluralTitlesAndNameFormsTest {

    @Test
    void aPluralTitleGivesEachNameItsOwnState() {
        EnrichedDispatch en = tag("VIENNA, Nov 3 - Austrian and German Interior Ministers Gerhard Karner and Nancy Faeser called for tighter checks at the bloc's outer borders on Thursday.",
                "2022-11-03", "en");
        assertEquals("AUT", only(en, "Gerhard Karner").getCountry());
        assertEquals("DEU", only(en, "Nancy Faeser").getCountry());
        assertEquals("interior_minister", only(en, "Nancy Faeser").getRole());
        EnrichedDispatch fr = tag("VIENNE, 3 novembre - Les ministres de l'Intérieur autrichien et allemand, Gerhard Karner et Nancy Faeser, ont réclamé jeudi des contrôles renforcés.",
                "2022-11-03", "fr");
        assertEquals("AUT", only(fr, "Gerhard Karner").getCountry());
        assertEquals("DEU", only(fr, "Nancy Faeser").getCountry());
        EnrichedDispatch context = tag("ROME, Oct 18 - Deputy Prime Ministers Matteo Salvini and Luigi Di Maio traded accusations on Thursday.", "2018-10-18", "en");
        assertEquals("ITA", only(context, "Matteo Salvini").getCountry(), "no state in the phrase: the dateline's");
    }

    @Test
    void clubPresidentsAfterAPluralTitleAreNoActors() {
        EnrichedDispatch e = tag("MADRID, April 21 - Presidents Florentino Perez and Joan Laporta of Real Madrid and Barcelona defended the project.", "2021-04-21", "en");
        assertTrue(e.getActors().isEmpty(), "clubs' presidents: " + e.getActors().stream().map(ActorTag::getName).toList());
    }

    @Test
    void aStateSpokespersonTakesTheStateOfTheContext() {
        ActorTag panelo = only(tag("MANILA, Aug 20 - Presidential spokesman Salvador Panelo told reporters on Tuesday that the president was resting.", "2019-08-20", "en"), "Salvador Panelo");
        assertEquals("PHL", panelo.getCountry(), "the dateline's state; 'Salvador' is his first name, not El Salvador");
        assertEquals("spokesperson", panelo.getRole());
        EnrichedDispatch drama = tag("LOS ANGELES, Oct 15 - Allison Janney, who played White House press secretary C.J. Cregg, joined the reunion on Thursday.", "2020-10-15", "en");
        assertTrue(drama.getActors().isEmpty(), "a character's office names neither the character nor the real holder of the day: "
                + drama.getActors().stream().map(ActorTag::getName).toList());
    }

    @Test
    void hyphenatedAndCapitalisedNamesAreReadWhole() {
        ActorTag kwon = only(tag("SEOUL, May 16 - South Korean Unification Minister Kwon Young-se said on Monday he would propose talks.", "2022-05-16", "en"), "Kwon Young-se");
        assertEquals("KOR", kwon.getCountry());
        ActorTag saito = only(tag("TOKYO, Oct 3 - Minister of Economy, Trade and Industry SAITO Ken said on Tuesday exports had slowed.", "2023-10-03", "en"), "SAITO Ken");
        assertEquals("JPN", saito.getCountry());
        assertEquals("economy_minister", saito.getRole());
    }

    @Test
    void aParliamentsSpeakerIsNotTheHeadOfState() {
        EnrichedDispatch e = tag("KIEV, 8 octobre - Le président du Parlement ukrainien, Rouslan Stefantchouk, a reçu vendredi des élus européens.", "2021-10-08", "fr");
        ActorTag speaker = only(e, "Rouslan Stefantchouk");
        assertEquals("UKR", speaker.getCountry());
        assertEquals("speaker", speaker.getRole());
        assertTrue(actor(e, "Volodymyr Zelensky").isEmpty(), "the speaker's title names no president of Ukraine");
        ActorTag habeck = only(tag("BERLIN, Feb 21 - Vice-Chancellor Robert Habeck presented the annual economic report on Wednesday.", "2024-02-21", "en"), "Robert Habeck");
        assertEquals("deputy_prime_minister", habeck.getRole());
        assertTrue(tag("OXFORD, Jan 2 - The university's new vice-chancellor, Irene Tracey, took up her post on Sunday.", "2023-01-02", "en").getActors().isEmpty(),
                "a university's vice-chancellor");
    }

    @Test
    void aPlaceOfSeveralWordsAndAPortfolioOfTwoFieldsCloseTheirTitles() {
        ActorTag mayor = only(tag("WASHINGTON, Feb 3 - Rahm Emanuel, the former mayor of Chicago, and Duke Bennett, the mayor of Terre Haute, Indiana, spoke on Monday.",
                "2020-02-03", "en"), "Duke Bennett");
        assertEquals("USA", mayor.getCountry(), "the city's state after a comma says the country");
        assertEquals("mayor", mayor.getRole());
        ActorTag minister = only(tag("MADRID, 3 juin - La ministre espagnole de l'Industrie et du Tourisme, Reyes Maroto, a visité lundi le salon.", "2021-06-03", "fr"), "Reyes Maroto");
        assertEquals("ESP", minister.getCountry());
        assertTrue(tag("MADRID, Jan 16 - The former president of Real Madrid, Lorenzo Sanz, spoke on Friday.", "2009-01-16", "en").getActors().isEmpty(), "a club's president");
    }

    @Test
    void aKnownSurnameAgainIsTheNamesakesTheDispatchNamedWithAnotherFirstName() {
        EnrichedDispatch e = tag("MADRID, Jan 16 - The board said Ramon Calderon would step down.\n\nCalderon, who had led the club since 2006, denied any wrongdoing.", "2009-01-16", "en");
        assertTrue(actor(e, "Felipe Calderón").isEmpty(), "not Mexico's president: " + e.getActors().stream().map(ActorTag::getName).toList());
    }

    @Test
    void aQuotedWorksTitleNamesNoHolderOfTheDay() {
        EnrichedDispatch en = tag("LONDON, Nov 18 - Fans queued on Wednesday for a screening of 'The American President', the 1995 romantic comedy.", "2020-11-18", "en");
        assertTrue(en.getActors().isEmpty(), "a film's title: " + en.getActors().stream().map(ActorTag::getName).toList());
        EnrichedDispatch fr = tag("PARIS, 10 mai - La cinémathèque projette lundi « Le Président », le film d'Henri Verneuil avec Jean Gabin.", "2021-05-10", "fr");
        assertTrue(actor(fr, "Emmanuel Macron").isEmpty(), "a film's title: " + fr.getActors().stream().map(ActorTag::getName).toList());
    }

    @Test
    void anOrdinalInWordsBeforeATitleIsAPlaceInTheLineOfHolders() {
        EnrichedDispatch en = tag("NEW YORK, Nov 9 - Donald Trump will be sworn in as the forty-fifth president of the United States in January.", "2016-11-09", "en");
        assertTrue(actor(en, "Barack Obama").isEmpty(), "not the president of the day: " + en.getActors().stream().map(ActorTag::getName).toList());
        EnrichedDispatch fr = tag("NEW YORK, 9 novembre - Donald Trump sera en janvier le quarante-cinquième président des Etats-Unis.", "2016-11-09", "fr");
        assertTrue(actor(fr, "Barack Obama").isEmpty(), "pas le président du jour: " + fr.getActors().stream().map(ActorTag::getName).toList());
        assertEquals("BDI", only(tag("BUJUMBURA, 25 août - Le deuxième vice-président burundais, Joseph Butore, a inauguré jeudi un centre de santé.", "2016-08-25", "fr"),
                "Joseph Butore").getCountry(), "an ordinal that is part of the office");
    }

    @Test
    void theNewHolderBeforeTheHandoverIsTheOneToCome() {
        EnrichedDispatch before = tag("WASHINGTON, Nov 9 - Leaders congratulated the new U.S. president on Wednesday.", "2016-11-09", "en");
        assertTrue(actor(before, "Barack Obama").isEmpty(), "not the outgoing president: " + before.getActors().stream().map(ActorTag::getName).toList());
        assertTrue(actor(before, "Donald Trump").isPresent(), "the president-elect");
        EnrichedDispatch after = tag("LONDRES, 7 septembre - La nouvelle Première ministre britannique a affronté mercredi les questions des députés.", "2022-09-07", "fr");
        assertTrue(actor(after, "Liz Truss").isPresent(), "in office since the day before: the holder of the day");
    }
}
