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
 * Open-world actors in the shapes of the actors11 batches (session s30, wave 2): a state's chief negotiator and consul
 * general named with the state, the US labor secretary, a name whose relative clause stands between it and the verb of
 * being before its office ("Name, who had headed ..., became interior minister"); and the look-alikes: a union's chief
 * negotiator, a club chief whose clause leads to a federation's office.
 */
class NegotiatorsConsulsAndClausesTest {

    private static String names(EnrichedDispatch e) {
        return e.getActors().stream().map(ActorTag::getName).toList().toString();
    }

    @Test
    void aStatesChiefNegotiatorAndConsulGeneral() {
        EnrichedDispatch e = tag("TOKYO, May 4 - Japan's chief negotiator Kenji Arimura said the talks would resume. China's consul general in Osaka, Wen Bolin, "
                + "attended the ceremony.", "2024-05-04", "en");
        assertEquals("JPN", only(e, "Kenji Arimura").getCountry());
        assertEquals("consul_general", only(e, "Wen Bolin").getRole());
        EnrichedDispatch fr = tag("PEKIN, 4 mai - Le consul général de France à Shanghai, Paul Renard, a salué l'accord. Le négociateur en chef japonais, "
                + "Kenji Arimura, est arrivé lundi.", "2024-05-04", "fr");
        assertEquals("FRA", only(fr, "Paul Renard").getCountry());
        assertEquals("JPN", only(fr, "Kenji Arimura").getCountry());
    }

    @Test
    void aUnionsChiefNegotiatorIsNoActor() {
        EnrichedDispatch e = tag("SEATTLE, Nov 4 - Jon Carter, the union's chief negotiator, said the deal was good. Acting Labor Secretary Anne Lowell "
                + "welcomed the vote.", "2024-11-04", "en");
        assertTrue(actor(e, "Jon Carter").isEmpty(), names(e));
        assertEquals("labour_minister", only(e, "Anne Lowell").getRole());
        EnrichedDispatch fr = tag("PARIS, 23 juin - Le négociateur en chef de la CFDT, Yves Morel, a quitté la salle.", "2025-06-23", "fr");
        assertTrue(actor(fr, "Yves Morel").isEmpty(), names(fr));
    }

    @Test
    void aRelativeClauseBetweenTheNameAndItsVerbOfBeing() {
        EnrichedDispatch e = tag("DAMASCUS, March 30 - Karim Haddad, who had headed the intelligence service, became interior minister on Saturday.",
                "2025-03-30", "en");
        assertEquals("interior_minister", only(e, "Karim Haddad").getRole());
        EnrichedDispatch fr = tag("DAMAS, 30 mars - Karim Haddad, qui dirigeait les services de renseignement, devient ministre de l'Intérieur.",
                "2025-03-30", "fr");
        assertEquals("SYR", only(fr, "Karim Haddad").getCountry());
        EnrichedDispatch club = tag("MADRID, June 3 - Tom Baker, who led the club for ten years, became president of the federation.", "2020-06-03", "en");
        assertTrue(actor(club, "Tom Baker").isEmpty(), names(club));
    }
    @Test
    void chiefBetweenALeadersPossessiveAndTheTitle() {
        EnrichedDispatch e = tag("BRASILIA, Aug 15 - Brazilian President Luiz Inacio Lula da Silva spoke on Thursday.\n\nRenato Farias, Lula's chief adviser on "
                + "foreign affairs, said Brazil wanted the tallies. Paulo Lima, the club's chief adviser, left.", "2024-08-15", "en");
        assertEquals("BRA", only(e, "Renato Farias").getCountry());
        assertTrue(actor(e, "Paulo Lima").isEmpty(), names(e));
    }
}
