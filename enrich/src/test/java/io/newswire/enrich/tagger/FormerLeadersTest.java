package io.newswire.enrich.tagger;

import io.newswire.schemas.ActorTag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.dispatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Heads of state and government of 2000-2015 (kb/actors.tsv, kb/roles.tsv): named in later copy, found by a title on a date of their tenure. */
class FormerLeadersTest {

    private static final Tagger TAGGER = Tagger.loadDefault();

    private static List<ActorTag> actors(String body, String date, String lang) {
        return TAGGER.tag(dispatch(body, date, lang)).getActors();
    }

    private static ActorTag only(List<ActorTag> actors) {
        assertEquals(1, actors.size(), () -> actors.toString());
        return actors.get(0);
    }

    @Test
    void aFormerLeaderNamedInLaterCopyIsKnownAndFormer() {
        ActorTag fillon = only(actors("PARIS, 31 janvier - Les enquêteurs ont perquisitionné mardi l'Assemblée nationale dans l'affaire visant "
                + "l'ancien Premier ministre François Fillon, candidat de la droite à la présidentielle.", "2017-01-31", "fr"));
        assertEquals("François Fillon", fillon.getName());
        assertEquals("FRA", fillon.getCountry());
        assertEquals("prime_minister", fillon.getRole(), "the office the phrase gives, the knowledge base giving none on the date");
        assertTrue(fillon.getFormer(), "'l'ancien Premier ministre': a past office, so he speaks for no state");
        ActorTag berlusconi = only(actors("ROME, June 12 - Silvio Berlusconi, who led four Italian governments, died on Monday in Milan "
                + "at the age of 86.", "2023-06-12", "en"));
        assertEquals("Silvio Berlusconi", berlusconi.getName());
        assertEquals("ITA", berlusconi.getCountry());
    }

    @Test
    void aTitleOnADateOfTheirTenureNamesThem() {
        assertEquals("Gerhard Schröder", only(actors("BERLIN, Feb 10 - The German chancellor said on Monday that Germany would not "
                + "support a war against Iraq.", "2003-02-10", "en")).getName());
        assertEquals("Jacques Chirac", only(actors("PARIS, 10 mars - Le président français a annoncé lundi soir à la télévision que la France "
                + "voterait non à une résolution autorisant la guerre en Irak.", "2003-03-10", "fr")).getName());
        assertEquals("Junichiro Koizumi", only(actors("PYONGYANG, Sept 17 - The Japanese prime minister arrived on Tuesday for a one-day "
                + "visit to North Korea.", "2002-09-17", "en")).getName());
    }

    @Test
    void anOfficialOfTheEuOnADateOfNoListedOfficeGivesNoCountry() {
        var e = TAGGER.tag(dispatch("LONDON, July 8 - José Manuel Barroso, who led the European Commission for ten years, was named "
                + "non-executive chairman of Goldman Sachs International on Friday.", "2016-07-08", "en"));
        assertEquals("José Manuel Barroso", only(e.getActors()).getName());
        assertTrue(e.getCountries().stream().noneMatch(c -> c.getCode().equals("-")), () -> e.getCountries().toString());
    }

    @Test
    void theStateAPastOfficesPhraseNamesIsNoSideOfTheFormerHoldersMeetingsAndCalls() {
        // "Former French president Nicolas Sarkozy met Putin": neither the former holder nor the demonym of his past office speaks for France
        for (String[] text : new String[][]{
                {"BEIJING, May 6 - Former Italian prime minister Matteo Renzi met Chinese President Xi Jinping in Beijing on Monday.", "2019-05-06", "en"},
                {"SEOUL, Sept 19 - Former Japanese prime minister Yoshihide Suga held talks with South Korean President Yoon Suk Yeol in Seoul on Tuesday.", "2023-09-19", "en"},
                {"BRASILIA, 3 avril - L'ancien président brésilien Jair Bolsonaro s'est entretenu jeudi par téléphone avec le président américain Donald Trump.", "2025-04-03", "fr"},
                {"MOSCOU, 29 octobre - Vladimir Poutine a reçu jeudi l'ex-président français Nicolas Sarkozy dans sa résidence près de Moscou.", "2015-10-29", "fr"},
                // a past office that names nobody: its holder speaks for no state either
                {"MOSCOW, Oct 29 - Vladimir Putin received the former French president at his residence outside Moscow on Thursday.", "2015-10-29", "en"},
                {"PEKIN, 4 mars - Le président chinois a reçu lundi l'ex-Premier ministre britannique, venu à titre privé.", "2019-03-04", "fr"}}) {
            var e = TAGGER.tag(dispatch(text[0], text[1], text[2]));
            assertTrue(e.getEvents().isEmpty(), () -> text[0] + " -> " + e.getEvents());
        }
        // a sitting leader whose past office is told with his state's demonym still speaks for it
        var sitting = TAGGER.tag(dispatch("WASHINGTON, Jan 13 - Japanese Prime Minister Fumio Kishida, a former Japanese foreign minister, met "
                + "U.S. President Joe Biden at the White House on Friday.", "2023-01-13", "en"));
        assertEquals(1, sitting.getEvents().size(), () -> sitting.getEvents().toString());
        assertEquals(List.of("JPN", "USA"), sitting.getEvents().get(0).getCountries().stream().sorted().toList());
    }
}
