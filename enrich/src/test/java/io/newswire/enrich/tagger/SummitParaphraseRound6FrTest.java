package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * French summit proposals in the wording the sixth blind round (session s32, fr-sum5) found unread: a meeting "n'est pas
 * exclue" (proposed, no refusal "exclu"), "reste suspendue à" (conditional), "Il est question d'une rencontre" (under
 * discussion), a nominal subject whose verb comes after an incise ("Une rencontre entre X et Y, vendredi à Lima, a été
 * annulée"), "son hôte" standing for the one who received its owner, "voir X en personne" (a meeting to come), and their
 * look-alikes. Each test asserts the type, the status and both sides.
 */
class SummitParaphraseRound6FrTest {

    /** The one event of the type: its status, and both sides among its countries (a venue may stand beside them). */
    private static void assertSides(EnrichedDispatch e, String type, String status, String a, String b) {
        List<Event> found = events(e, type);
        assertEquals(1, found.size(), found.toString());
        assertEquals(status, found.get(0).getStatus(), found.toString());
        assertTrue(found.get(0).getCountries().contains(a) && found.get(0).getCountries().contains(b), found.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TOKYO, 12 novembre - Une rencontre entre Shigeru Ishiba et Xi Jinping vendredi à Lima n'est pas exclue, a indiqué mardi le gouvernement japonais. | 2024-11-12 | CHN | JPN",
            "PARIS, 12 novembre - Un sommet entre Emmanuel Macron et Abdelmadjid Tebboune avant l'été n'est pas exclu, selon l'Elysée. | 2024-11-12 | DZA | FRA",
            "MOSCOU, 12 novembre - Une visite de Narendra Modi à Moscou n'était pas exclue avant la fin de l'année, selon le Kremlin. | 2024-11-12 | IND | RUS"})
    void aMeetingNotRuledOutIsProposed(String text, String date, String a, String b) {
        assertSides(tag(text, date), "SUMMIT_PROPOSAL", "proposed", a, b);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TOKYO, 12 novembre - Une rencontre entre Shigeru Ishiba et Xi Jinping, vendredi à Lima, a été annulée, a indiqué mardi le gouvernement japonais. | rejected",
            "TOKYO, 12 novembre - Une rencontre entre Shigeru Ishiba et Xi Jinping, en marge du sommet de l'APEC à Lima, n'est pas exclue, a indiqué mardi le gouvernement japonais. | proposed",
            "TOKYO, 12 novembre - Une rencontre entre Shigeru Ishiba et Xi Jinping, vendredi à Lima, est envisagée, a indiqué mardi le gouvernement japonais. | planned"})
    void aNominalSubjectTakesItsVerbAfterAnIncise(String text, String status) {
        assertSides(tag(text, "2024-11-12"), "SUMMIT_PROPOSAL", status, "CHN", "JPN");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "TOKYO, 16 novembre - La rencontre entre Shigeru Ishiba et Xi Jinping, en marge du sommet de l'APEC à Lima, s'est prolongée pendant une heure.",
            "TOKYO, 16 novembre - Le sommet entre Shigeru Ishiba et Xi Jinping, samedi à Lima, a permis de renouer le dialogue, a indiqué le gouvernement japonais."})
    void aMeetingHeldToldWithAnInciseStaysHeld(String text) {
        var tagged = tag(text, "2024-11-16");
        assertTrue(events(tagged, "SUMMIT_PROPOSAL").isEmpty(), text);
        assertSides(tagged, "MEETING", "occurred", "CHN", "JPN");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "WASHINGTON, 3 mars - Un sommet entre Donald Trump et Vladimir Poutine reste suspendu à un accord préalable, a indiqué la Maison Blanche. | 2025-03-03 | RUS | USA",
            "PEKIN, 17 novembre - Toute rencontre entre Li Qiang et Sanae Takaichi reste suspendue à une rétractation de ses propos, a fait savoir la diplomatie chinoise. | 2025-11-17 | CHN | JPN",
            "DAMAS, 3 mars - La rencontre entre Bachar al-Assad et Recep Tayyip Erdogan est suspendue au retrait des troupes turques, a fait savoir Damas. | 2024-03-03 | SYR | TUR"})
    void aMeetingHangingOnSomethingIsConditional(String text, String date, String a, String b) {
        assertSides(tag(text, date), "SUMMIT_PROPOSAL", "conditional", a, b);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PARIS, 3 mars - Il est question d'un sommet entre Emmanuel Macron et Xi Jinping au printemps, selon des sources diplomatiques. | 2024-03-03 | CHN | FRA",
            "TOKYO, 3 mars - Selon la presse japonaise, il était question d'une rencontre entre Fumio Kishida et Yoon Suk Yeol en marge du G7. | 2023-03-03 | JPN | KOR"})
    void aMeetingTalkedOfIsUnderDiscussion(String text, String date, String a, String b) {
        assertSides(tag(text, date), "SUMMIT_PROPOSAL", "under_discussion", a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "KIEV, 3 mars - Une nouvelle offensive russe dans le nord de l'Ukraine n'est pas exclue, a averti mardi Volodymyr Zelensky.",
            "PARIS, 3 mars - Il est question d'une réforme des retraites d'ici l'été, a indiqué Emmanuel Macron devant les députés."})
    void theseWordsWithNoMeetingTellNone(String text) {
        assertTrue(tag(text, "2025-03-03").getEvents().isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PARIS, 14 juillet - Reçu à l'Elysée par Emmanuel Macron, Narendra Modi a invité son hôte à se rendre en Inde l'an prochain. | 2023-07-14 | offered | FRA | IND",
            "SOTCHI, 4 septembre - Vladimir Poutine a reçu lundi Recep Tayyip Erdogan à Sotchi. Le président turc a proposé à son hôte de se retrouver à Ankara au printemps. | 2023-09-04 | proposed | RUS | TUR"})
    void hisHostIsWhoReceivedHim(String text, String date, String status, String a, String b) {
        assertSides(tag(text, date), "SUMMIT_PROPOSAL", status, a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, 9 février - Emmanuel Macron a reçu Olaf Scholz à l'Elysée mercredi. Le chancelier a remercié son hôte pour son accueil et a regagné Berlin le soir même."})
    void thankingHisHostProposesNothing(String text) {
        assertTrue(events(tag(text, "2024-02-09"), "SUMMIT_PROPOSAL").isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KIEV, 11 mai - Volodymyr Zelensky s'est dit prêt à voir Vladimir Poutine en personne jeudi à Istanbul. | offered | RUS | UKR",
            "SEOUL, 11 mai - Lee Jae-myung souhaite voir le dirigeant nord-coréen Kim Jong Un en personne, a indiqué la présidence sud-coréenne. | wished | KOR | PRK",
            "WASHINGTON, 11 mai - Donald Trump a assuré qu'il verrait Xi Jinping en personne avant la fin de l'année. | planned | CHN | USA"})
    void seeingHimInPersonIsAMeetingToCome(String text, String status, String a, String b) {
        assertSides(tag(text, "2025-07-11"), "SUMMIT_PROPOSAL", status, a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, 11 mai - Emmanuel Macron n'a jamais vu Vladimir Poutine en personne depuis février 2022.",
            "PARIS, 11 mai - Emmanuel Macron veut voir l'Ukraine sortir de la guerre, a-t-il dit mardi."})
    void seeingWithNoMeetingToComeProposesNothing(String text) {
        assertTrue(events(tag(text, "2025-07-11"), "SUMMIT_PROPOSAL").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "OTTAWA, 27 octobre - Mark Carney se rendra mardi en Corée du Sud, où se tiendra le sommet de l'APEC.",
            "WASHINGTON, 20 octobre - Donald Trump s'envolera dimanche pour la Malaisie, où se déroulera le sommet de l'Asean."})
    void aTripToWhereAGatheringIsHeldProposesNothing(String text) {
        assertTrue(events(tag(text, "2025-10-20"), "SUMMIT_PROPOSAL").isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "OTTAWA, 27 octobre - Mark Carney se rendra mardi en Corée du Sud, où il sera reçu par le président Lee Jae-myung. | CAN | KOR",
            "WASHINGTON, 20 octobre - Donald Trump s'envolera dimanche pour la Malaisie, où l'attend le Premier ministre Anwar Ibrahim pour un entretien avant le sommet de l'Asean. | MYS | USA"})
    void aTripToAHostStaysAVisit(String text, String a, String b) {
        assertSides(tag(text, "2025-10-20"), "SUMMIT_PROPOSAL", "planned", a, b);
    }
}
