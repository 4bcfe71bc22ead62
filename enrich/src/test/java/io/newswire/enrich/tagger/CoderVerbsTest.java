package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event coders' one-sentence items (the coder gold sets): the breadth of the verbs and nouns that tell a call or a
 * meeting ("received a call from", "a reçu un coup de fil de", "played host to", "greeted", "held consultations
 * with", "conferred", "lunched with", "a déjeuné avec", "effectuera une visite"), and the same words that tell none.
 */
class CoderVerbsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "BRASILIA, June 2 - Brazilian President Luiz Inacio Lula da Silva received a call from French President Emmanuel Macron on Monday.",
            "BERLIN, June 2 - German Chancellor Friedrich Merz took a call from Ukrainian President Volodymyr Zelenskiy on Sunday.",
            "PARIS, 2 juin - Emmanuel Macron a reçu lundi un coup de fil du président brésilien Lula.",
            "BERLIN, 2 juin - Le chancelier allemand Friedrich Merz a passé dimanche un coup de téléphone à Donald Trump."})
    void aCallReceivedOrGivenIsACallNotAReception(String text) {
        var calls = events(tag(text, "2025-06-02"), "PHONE_CALL");
        assertEquals(1, calls.size(), text);
        assertEquals(2, calls.get(0).getCountries().size(), text);
        assertTrue(events(tag(text, "2025-06-02"), "MEETING").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "LONDON, June 2 - The British prime minister received calls to resign from his own cabinet on Monday.",
            "PARIS, 2 juin - Le Premier ministre a reçu lundi des appels à la démission de sa propre majorité."})
    void demandsReceivedAreNoCall(String text) {
        assertTrue(events(tag(text, "2025-06-02"), "PHONE_CALL").isEmpty(), text);
        assertTrue(events(tag(text, "2025-06-02"), "MEETING").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CAIRO, June 2 - Egyptian President Abdel Fattah al-Sisi played host to Jordan's King Abdullah in Cairo on Sunday.",
            "RIYADH, June 2 - Saudi Crown Prince Mohammed bin Salman greeted U.S. President Donald Trump at Riyadh airport on Tuesday.",
            "MOSCOW, June 2 - Indian Foreign Minister Subrahmanyam Jaishankar held consultations with Russian Foreign Minister Sergei Lavrov in Moscow on Thursday.",
            "BEIJING, June 2 - Chinese Foreign Minister Wang Yi and Russian Foreign Minister Sergei Lavrov conferred in Beijing on Tuesday.",
            "PARIS, June 2 - French President Emmanuel Macron had lunch with German Chancellor Friedrich Merz in Paris on Wednesday.",
            "PARIS, June 2 - French President Emmanuel Macron lunched with German Chancellor Friedrich Merz at the Elysee on Wednesday.",
            "MOSCOU, 2 juin - Le ministre indien des Affaires étrangères a tenu des consultations avec Sergueï Lavrov jeudi à Moscou.",
            "ROME, 2 juin - Emmanuel Macron a déjeuné mardi avec Giorgia Meloni au palais Chigi."})
    void aReceptionOrTalksByAnotherVerbIsAMeeting(String text) {
        var meetings = events(tag(text, "2025-06-02"), "MEETING");
        assertEquals(1, meetings.size(), text);
        assertEquals(2, meetings.get(0).getCountries().size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DOHA, June 2 - Qatar played host to the World Cup final on Sunday.",
            "KYIV, June 2 - Ukrainian President Volodymyr Zelenskiy greeted the decision of the European Union on Thursday.",
            "MOSCOW, June 2 - Russian President Vladimir Putin greeted veterans on Red Square on Friday.",
            "PARIS, June 2 - French President Emmanuel Macron held consultations with party leaders at the Elysee on Friday.",
            "MOSCOW, June 2 - Russian President Vladimir Putin conferred the Order of St Andrew on a Russian general on Monday.",
            "NEW DELHI, June 2 - Indian President Droupadi Murmu conferred the award upon the scientist at a ceremony on Monday.",
            "PARIS, 2 juin - Emmanuel Macron a déjeuné mercredi avec des chefs d'entreprise allemands à Paris.",
            "PARIS, 2 juin - Emmanuel Macron a tenu vendredi des consultations avec les chefs de partis à l'Elysée."})
    void theSameWordsWithNoOfficialOfAnotherStateAreNoEvent(String text) {
        assertTrue(events(tag(text, "2025-06-02"), "MEETING").isEmpty(), text);
        assertTrue(events(tag(text, "2025-06-02"), "PHONE_CALL").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, 2 juin - Emmanuel Macron effectuera une visite d'Etat au Maroc fin octobre, a annoncé l'Elysée.",
            "PRETORIA, 2 juin - Le président sud-africain Cyril Ramaphosa effectuera une visite d'Etat en Chine en septembre, a annoncé Pretoria."})
    void aVisitToComeIsNoMeeting(String text) {
        assertTrue(events(tag(text, "2025-06-02"), "MEETING").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, 2 juin - Emmanuel Macron effectuera une visite d'Etat au Maroc fin octobre, a annoncé l'Elysée."})
    void aLeadersVisitToComeIsASummitPlanned(String text) {
        var summits = events(tag(text, "2025-06-02"), "SUMMIT_PROPOSAL");
        assertEquals(1, summits.size(), text);
        assertEquals(Set.of("FRA", "MAR"), Set.copyOf(summits.get(0).getCountries()), text);
        assertEquals("planned", String.valueOf(summits.get(0).getStatus()), text);
    }

    /** "Lors d'un appel jeudi, X a invité Y": a call in an opening phrase that names no one is the main clause's. */
    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, 2 juin - Lors d'un appel lundi, Emmanuel Macron a assuré Volodymyr Zelensky du soutien de la France.",
            "PARIS, 2 juin - Au cours d'un long appel dimanche, le chancelier allemand Friedrich Merz a exhorté Donald Trump à maintenir son aide à Kiev.",
            "LONDON, June 2 - During a call on Monday, British Prime Minister Keir Starmer told Ukrainian President Volodymyr Zelenskiy that Britain would keep up its aid.",
            "LONDON, June 2 - British Prime Minister Keir Starmer assured Ukrainian President Volodymyr Zelenskiy of Britain's support during a call on Monday."})
    void aCallOpeningTheSentenceIsTheMainClausesCall(String text) {
        var calls = events(tag(text, "2025-06-02"), "PHONE_CALL");
        assertEquals(1, calls.size(), text);
        assertEquals(2, calls.get(0).getCountries().size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MOSCOW, June 2 - During a call with reporters on Monday, Kremlin spokesman Dmitry Peskov criticised French President Emmanuel Macron.",
            "MOSCOU, 2 juin - Lors d'un appel avec la presse lundi, le porte-parole du Kremlin Dmitri Peskov a critiqué Emmanuel Macron.",
            "PARIS, 2 juin - Lors d'un appel aux dons lundi, Emmanuel Macron a remercié Volodymyr Zelensky."})
    void anOpeningCallWithOthersOrAnAppealIsNoCallOfTheMainClause(String text) {
        assertTrue(events(tag(text, "2025-06-02"), "PHONE_CALL").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "JERUSALEM, June 2 - Israel and Hamas traded accusations of flouting the Gaza truce on Sunday.",
            "NEW DELHI, June 2 - India accused Pakistan of flouting the ceasefire along the Line of Control on Sunday.",
            "KIEV, 2 juin - L'Ukraine et la Russie se sont accusées lundi de rompre le cessez-le-feu.",
            "NEW DELHI, 2 juin - L'Inde a accusé le Pakistan d'avoir enfreint le cessez-le-feu dimanche."})
    void aTruceFloutedOrBrokenIsViolated(String text) {
        var truces = events(tag(text, "2025-06-02"), "CEASEFIRE");
        assertEquals(1, truces.size(), text);
        assertEquals("violated", String.valueOf(truces.get(0).getStatus()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "TOKYO, June 2 - U.S. Secretary of State Marco Rubio touched down in Tokyo on Monday for talks.",
            "PEKIN, 2 juin - Le président français Emmanuel Macron a atterri lundi à Pékin pour une visite d'Etat.",
            "LONDON, June 2 - French President Emmanuel Macron and British Prime Minister Keir Starmer huddled in London on Monday."})
    void anArrivalOrAHuddleIsAMeeting(String text) {
        var meetings = events(tag(text, "2025-06-02"), "MEETING");
        assertEquals(1, meetings.size(), text);
        assertEquals(2, meetings.get(0).getCountries().size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, June 2 - U.S. President Joe Biden touched down in Texas on Monday to survey the floods.",
            "PARIS, 2 juin - Emmanuel Macron a atterri lundi à Marseille pour une visite de deux jours.",
            "WASHINGTON, June 2 - U.S. President Joe Biden huddled with his advisers at the White House on Monday."})
    void theSameWordsAtHomeAreNoMeeting(String text) {
        assertTrue(events(tag(text, "2025-06-02"), "MEETING").isEmpty(), text);
    }

    /** "received a letter from X": a reception verb whose object is a thing meets no one. */
    @ParameterizedTest
    @ValueSource(strings = {
            "SEOUL, June 2 - South Korean President Lee Jae-myung received a letter from U.S. President Donald Trump on Monday.",
            "NEW DELHI, June 2 - Indian Prime Minister Narendra Modi received a message from Russian President Vladimir Putin on Monday.",
            "PYONGYANG, 2 juin - Kim Jong Un a reçu une lettre de Donald Trump, a rapporté lundi l'agence officielle.",
            "MOSCOU, 2 juin - Vladimir Poutine a reçu lundi les voeux de Narendra Modi."})
    void aThingReceivedFromALeaderIsNoMeeting(String text) {
        assertTrue(events(tag(text, "2025-06-02"), "MEETING").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BEIJING, June 2 - Chinese President Xi Jinping received a delegation of U.S. senators and the U.S. ambassador on Monday.",
            "BEIJING, June 2 - Chinese President Xi Jinping received the visiting Russian Foreign Minister Sergei Lavrov on Monday.",
            "ANKARA, June 2 - Turkish Foreign Minister Hakan Fidan, who hosted the three-way talks, met Russian Foreign Minister Sergei Lavrov on Monday.",
            "PARIS, 2 juin - Emmanuel Macron a reçu lundi le président brésilien Lula à l'Elysée."})
    void aReceptionOfPeopleOrOfAnEventStaysAMeeting(String text) {
        assertTrue(!events(tag(text, "2025-06-02"), "MEETING").isEmpty(), text);
    }
}
