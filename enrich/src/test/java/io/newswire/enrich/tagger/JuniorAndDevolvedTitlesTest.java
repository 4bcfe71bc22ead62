package io.newswire.enrich.tagger;

import io.newswire.schemas.ActorTag;
import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.only;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Titles the lexicon lacked (session s31, the actors12 sets): a French junior minister, "ministre délégué(e)" or
 * "secrétaire d'Etat" with "chargé(e) de" and the portfolio, which is no U.S. secretary of state; the head of a devolved
 * government ("first minister"), of the sovereign state of the nation that qualifies it; a Swiss federal councillor; and
 * their look-alikes; a portfolio's complement that a link opens and a comma closes ("de l'Egalité entre les femmes et
 * les hommes, Nom").
 */
class JuniorAndDevolvedTitlesTest {

    @Test
    void aFrenchJuniorMinisterIsReadWithAnyPortfolio() {
        ActorTag durand = only(tag("PARIS, 3 mars - La France a présenté un plan. La secrétaire d'Etat chargée de la Jeunesse, Marie Durand, l'a défendu mardi.", "2024-03-03", "fr"), "Marie Durand");
        assertEquals("FRA", durand.getCountry());
        assertEquals("minister", durand.getRole());
        ActorTag moreau = only(tag("PARIS, 3 mars - Le ministre délégué chargé du Budget et des Comptes publics, Paul Moreau, a chiffré la dépense.", "2024-03-03", "fr"), "Paul Moreau");
        assertEquals("FRA", moreau.getCountry());
        assertEquals("USA", only(tag("WASHINGTON, 3 mars - La secrétaire d'Etat américaine, Hillary Clinton, a parlé mardi.", "2012-03-03", "fr"), "Hillary Clinton").getCountry());
        EnrichedDispatch club = tag("PARIS, 3 mars - La déléguée chargée de la communication du club, Marie Dupont, a parlé mardi.", "2024-03-03", "fr");
        assertTrue(club.getActors().isEmpty(), "a club's delegate: " + club.getActors().stream().map(ActorTag::getName).toList());
    }

    @Test
    void aFirstMinisterIsOfTheNationsSovereignStateAndAFederalCouncillorOfTheContexts() {
        ActorTag reid = only(tag("EDINBURGH, May 7 - Anna Reid, Scotland's first minister, said on Monday she would stay.", "2024-05-07", "en"), "Anna Reid");
        assertEquals("GBR", reid.getCountry());
        assertEquals("first_minister", reid.getRole());
        assertEquals("GBR", only(tag("CARDIFF, May 7 - The First Minister of Wales, Owen Price, spoke on Monday.", "2024-05-07", "en"), "Owen Price").getCountry());
        EnrichedDispatch bare = tag("The First Minister Owen Price spoke on Monday.", "2024-05-07", "en");
        assertTrue(bare.getActors().isEmpty(), "no nation names the state: " + bare.getActors().stream().map(ActorTag::getName).toList());
        ActorTag muller = only(tag("BERNE, 22 avril - Le conseiller fédéral Marc Muller a présenté lundi un plan.", "2024-04-22", "fr"), "Marc Muller");
        assertEquals("CHE", muller.getCountry());
    }

    @Test
    void aPortfoliosComplementClosedByACommaKeepsTheNameInApposition() {
        assertEquals("FRA", only(tag("PARIS, 3 mars - La France a un plan. La ministre déléguée chargée de l'Egalité entre les femmes et les hommes, Anne Petit, a parlé.", "2024-03-03", "fr"), "Anne Petit").getCountry());
        assertEquals("FRA", only(tag("PARIS, 3 mars - La France a un plan. La secrétaire d'Etat chargée de la Lutte contre la pauvreté, Marie Durand, a parlé.", "2024-03-03", "fr"), "Marie Durand").getCountry());
        EnrichedDispatch with = tag("PARIS, 3 mars - La France a un plan. Le ministre délégué chargé des Transports avec Paul Moreau a parlé, puis le reste.", "2024-03-03", "fr");
        assertTrue(with.getActors().isEmpty(), "a name after 'avec' is no portfolio's: " + with.getActors().stream().map(ActorTag::getName).toList());
    }
}
