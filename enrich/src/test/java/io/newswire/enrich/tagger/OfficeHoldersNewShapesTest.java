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
 * Open-world office-holders in the shapes of the actors10 batches (session s29): a minister's field of several capitalised
 * words after "for", a party's name before "leader", one holder of a plural title after "one of", a surname alone before
 * "has served as", and the look-alikes: a title joined to a company's office, an armed group's leader, a company's chief
 * executive in a sentence a year dates; and a title in a clause a past year opens ('In 2015, the French president'): that year's holder.
 */
class OfficeHoldersNewShapesTest {

    private static String names(EnrichedDispatch e) {
        return e.getActors().stream().map(ActorTag::getName).toList().toString();
    }

    @Test
    void aMinistersFieldOfSeveralCapitalisedWords() {
        EnrichedDispatch e = tag("ACCRA, May 2 - Samuel Jinapor, Ghana's minister for Lands Natural Resources and a lawyer by training, visited the mines on Monday.",
                "2023-05-02", "en");
        ActorTag jinapor = only(e, "Samuel Jinapor");
        assertEquals("GHA", jinapor.getCountry());
        assertTrue(actor(e, "Lands Natural Resources").isEmpty(), names(e));
    }

    @Test
    void aPartysNameBeforeLeader() {
        ActorTag saito = only(tag("TOKYO, Oct 10 - Komeito leader Tetsuo Saito said on Friday the party would vote against the budget.", "2025-10-10", "en"),
                "Tetsuo Saito");
        assertEquals("JPN", saito.getCountry());
        assertEquals("party_leader", saito.getRole());
        EnrichedDispatch group = tag("KHARTOUM, June 24 - RSF leader Mohamed Hamdan Dagalo said on Saturday his forces would hold the city.", "2023-06-24", "en");
        assertTrue(actor(group, "Mohamed Hamdan Dagalo").map(a -> !"party_leader".equals(a.getRole())).orElse(true), names(group));
    }

    @Test
    void aPartysNameAfterTheLeaderOfTheOpposition() {
        ActorTag miliband = only(tag("LONDON, Oct 1 - Ed Miliband, the leader of the opposition Labour Party, said on Wednesday he would freeze energy prices.",
                "2013-10-01", "en"), "Ed Miliband");
        assertEquals("GBR", miliband.getCountry());
    }

    @Test
    void oneHolderOfAPluralTitle() {
        ActorTag ebtekar = only(tag("TEHRAN, June 3 - Masoumeh Ebtekar, one of Iran's vice presidents, said on Monday the plan would go ahead.", "2020-06-03", "en"),
                "Masoumeh Ebtekar");
        assertEquals("IRN", ebtekar.getCountry());
        assertEquals("vice_president", ebtekar.getRole());
        EnrichedDispatch club = tag("MADRID, June 3 - One of the club's vice presidents, Tom Smith, said on Monday the plan would go ahead.", "2020-06-03", "en");
        assertTrue(actor(club, "Tom Smith").isEmpty(), names(club));
    }

    @Test
    void aSurnameAloneBeforeHasServedAs() {
        ActorTag weld = only(tag("BOSTON, Feb 24 - Bill Weld received one delegate in Iowa.\n\nWeld has served as governor of Massachusetts.", "2020-02-24", "en"),
                "Bill Weld");
        assertEquals("USA", weld.getCountry());
        assertEquals("governor", weld.getRole());
    }

    @Test
    void aTitleInAClauseAYearOpensIsThatYearsHolder() {
        EnrichedDispatch e = tag("PARIS, Aug 30 - Talks on the climate went on in Bonn.\n\nIn 2015, the French president hosted the conference that produced the agreement.",
                "2019-08-30", "en");
        assertTrue(actor(e, "Francois Hollande").isPresent(), names(e));
        assertTrue(actor(e, "Emmanuel Macron").isEmpty(), names(e));
    }

    @Test
    void companyOfficesAreNoStates() {
        EnrichedDispatch ceo = tag("SEATTLE, Jan 26 - Dennis Muilenburg resigned as president and CEO of Boeing on Monday.", "2020-01-26", "en");
        assertTrue(actor(ceo, "Dennis Muilenburg").isEmpty(), names(ceo));
        EnrichedDispatch dated = tag("LONDON, June 16 - HSBC chief executive Noel Quinn, who took over in 2020, said on Wednesday the bank would cut jobs in Britain.",
                "2023-06-16", "en");
        assertTrue(actor(dated, "Noel Quinn").isEmpty(), names(dated));
    }
}
