package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static io.newswire.enrich.tagger.TaggerTest.dispatch;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Countries by institution and by name (session s27, the actors8 sets): a title word that opens a personal name
 * ("Pape Diouf": no Holy See) against the pope before his regnal name, and a parliament named alone that stands for its
 * state ("the Knesset", "la Douma") against Douma, the Syrian town.
 */
class InstitutionsAndGivenNamesTest {

    private static final Tagger TAGGER = Tagger.loadDefault();

    private static Set<String> countries(String body, String date, String lang) {
        EnrichedDispatch e = TAGGER.tag(dispatch(body, date, lang));
        return e.getCountries().stream().map(c -> c.getCode()).collect(Collectors.toSet());
    }

    @Test
    void aTitleWordOpeningAPersonalNameIsNoHolySee() {
        Set<String> en = countries("DAKAR, Jan 26 - Midfielder Pape Matar Sarr scored twice as Senegal beat Cameroon on Friday.", "2024-01-26", "en");
        assertFalse(en.contains("VAT"), "'Pape' opens a player's name: " + en);
        Set<String> fr = countries("DAKAR, 26 janvier - Le milieu de terrain Pape Matar Sarr a marqué deux fois vendredi face au Cameroun.", "2024-01-26", "fr");
        assertFalse(fr.contains("VAT"), "'Pape' ouvre le nom d'un joueur : " + fr);
    }

    @Test
    void thePopeBeforeHisRegnalNameIsTheHolySee() {
        assertTrue(countries("ROME, April 2 - Crowds gathered to mark the anniversary of the death of Pope John Paul II on Sunday.", "2023-04-02", "en").contains("VAT"));
        assertTrue(countries("ROME, 2 avril - Des fidèles ont marqué dimanche l'anniversaire de la mort du pape Jean-Paul II.", "2023-04-02", "fr").contains("VAT"));
    }

    @Test
    void aParliamentNamedAloneStandsForItsState() {
        assertTrue(countries("BRUSSELS, May 3 - Lawmakers in the Knesset gave initial approval to the budget on Wednesday.", "2023-05-03", "en").contains("ISR"));
        assertTrue(countries("BRUXELLES, 20 juin - La Douma a adopté mardi en troisième lecture un projet de loi sur la conscription.", "2023-06-20", "fr").contains("RUS"));
    }

    @Test
    void aSpeechByVideoLinkToAParliamentsMembersIsNoCall() {
        String en = "KYIV, March 23 - Ukrainian President Volodymyr Zelenskiy, speaking by video link to members of the French parliament on Wednesday, urged French companies to leave Russia.";
        assertTrue(TaggerTest.events(TaggerTest.tag(en, "2022-03-23"), "PHONE_CALL").isEmpty(), en);
        String fr = "KIEV, 23 mars - Le président ukrainien Volodymyr Zelensky s'est exprimé mercredi par liaison vidéo aux députés français pour demander aux entreprises françaises de quitter la Russie.";
        assertTrue(TaggerTest.events(TAGGER.tag(dispatch(fr, "2022-03-23", "fr")), "PHONE_CALL").isEmpty(), fr);
        String call = "PARIS, April 7 - French President Emmanuel Macron spoke by video link with Chinese President Xi Jinping on Wednesday, and lawmakers later questioned the talks.";
        assertTrue(!TaggerTest.events(TaggerTest.tag(call, "2021-04-07"), "PHONE_CALL").isEmpty(), "a video call between two leaders stays a call");
    }

    @Test
    void theSyrianTownOfDoumaIsNoRussia() {
        Set<String> fr = countries("BEYROUTH, 10 avril - Les enquêteurs de l'OIAC sont arrivés mardi à Douma, dans la Ghouta orientale.", "2018-04-10", "fr");
        assertFalse(fr.contains("RUS"), "Douma sans article est la ville syrienne : " + fr);
        Set<String> en = countries("BEIRUT, April 10 - Chemical weapons inspectors reached Douma in the eastern Ghouta on Tuesday.", "2018-04-10", "en");
        assertFalse(en.contains("RUS"), en.toString());
    }
}
