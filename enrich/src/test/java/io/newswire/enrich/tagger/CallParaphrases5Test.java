package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls told in the wording the blind paraphrases of session s32 (paracall5) found unread: a dialling verb in the
 * passive ("was called by", "was phoned by") calls its subject, a meeting convened by someone ("The conference was
 * called by") is none; a conversation noun with its partner or read as the verb it qualifies ("a day after the U.S.
 * president's 90-minute conversation with Putin", "urged Putin in a 90-minute conversation") is a call where no place
 * is named, in person none; a callee pronoun before the verb a medium qualifies ("lui avait parlé au téléphone");
 * a conversation whose sides are only an anaphor retells the last call; a line opened to the public ("une ligne
 * téléphonique pour les familles") is no call.
 */
class CallParaphrases5Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ANKARA, Nov 6 - Turkish President Tayyip Erdogan was called by Donald Trump on Wednesday, his office said. | TUR | USA",
            "JERUSALEM, Nov 6 - Prime Minister Benjamin Netanyahu was phoned by Joe Biden on Wednesday, the White House said. | ISR | USA",
            "NEW DELHI, Nov 6 - Narendra Modi, who was telephoned by Xi Jinping on Wednesday, said ties were improving. | IND | CHN"})
    void aPassiveDialCallsItsSubject(String text, String called, String caller) {
        assertOne(tag(text, "2024-11-06"), "PHONE_CALL", "occurred", called, caller);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "LONDON, Nov 6 - The conference was called by British Prime Minister Gordon Brown after the failed plot to blow up a US plane.",
            "NEW YORK, Nov 6 - The emergency session was called by Russia after Ukrainian President Volodymyr Zelenskiy appealed for help.",
            "JERUSALEM, Nov 6 - Benjamin Netanyahu was called by his critics a danger to Israel's security on Wednesday."})
    void aPassiveDialWithNoOfficialCalledIsNoCall(String text) {
        assertTrue(events(tag(text, "2024-11-06"), "PHONE_CALL").isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BERLIN, Nov 6 - The statement came a day after Olaf Scholz's 90-minute conversation with Vladimir Putin. | DEU | RUS",
            "BERLIN, Nov 6 - Chancellor Olaf Scholz urged Vladimir Putin in a 90-minute conversation on Wednesday to withdraw his troops. | DEU | RUS",
            "BERLIN, Nov 6 - Chancellor Olaf Scholz had an hour-long conversation with Vladimir Putin on Wednesday. | DEU | RUS",
            "KYIV, Nov 6 - Zelenskiy said he was encouraged by Emmanuel Macron's lengthy conversation with Xi Jinping on Wednesday. | FRA | CHN"})
    void aConversationNounIsACall(String text, String a, String b) {
        assertOne(tag(text, "2024-11-06"), "PHONE_CALL", "occurred", a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, Nov 6 - Emmanuel Macron said in a conversation with reporters on Wednesday that Vladimir Putin had made a historic mistake.",
            "BERLIN, Nov 6 - In a conversation with the Financial Times, Olaf Scholz said Vladimir Putin was isolated."})
    void aConversationWithThePressIsNoCall(String text) {
        assertTrue(events(tag(text, "2024-11-06"), "PHONE_CALL").isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NEW DELHI, 7 novembre - Narendra Modi a fait savoir jeudi que Donald Trump lui avait parlé au téléphone. | IND | USA",
            "ANKARA, 7 novembre - Selon Recep Tayyip Erdogan, Vladimir Poutine lui avait parlé par téléphone dimanche. | TUR | RUS",
            "KIEV, 7 novembre - Volodymyr Zelensky a raconté que Joe Biden lui a parlé au téléphone lundi soir. | UKR | USA"})
    void aCalleePronounBeforeTheVerbAMediumQualifies(String text, String a, String b) {
        assertOne(tag(text, "2024-11-07"), "PHONE_CALL", "occurred", a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "KYIV, Feb 13 - Donald Trump telephoned Volodymyr Zelenskiy on Wednesday after hanging up with Vladimir Putin. Zelenskiy said they had a meaningful conversation about peace.",
            "KYIV, Feb 13 - Donald Trump telephoned Volodymyr Zelenskiy on Wednesday after hanging up with Vladimir Putin. Zelenskiy said they had a long phone conversation."})
    void aConversationOfAnAnaphorRetellsTheLastCall(String text) {
        var calls = events(tag(text, "2025-02-13"), "PHONE_CALL");
        assertEquals(1, calls.size(), text);
        assertEquals(java.util.List.of("UKR", "USA"), calls.get(0).getCountries().stream().sorted().toList(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, 5 août - Le ministère français des Affaires étrangères a ouvert mercredi une ligne téléphonique pour les familles des Français du Liban.",
            "BERLIN, 5 août - Berlin a ouvert des lignes téléphoniques pour les ressortissants allemands au Soudan, a indiqué le ministère allemand des Affaires étrangères."})
    void aLineOpenedToThePublicIsNoCall(String text) {
        assertTrue(events(tag(text, "2020-08-05"), "PHONE_CALL").isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PARIS, 22 septembre - Emmanuel Macron a eu au bout du fil Joe Biden mercredi, a indiqué l'Elysée. | FRA | USA",
            "BERLIN, 22 septembre - Olaf Scholz a eu Vladimir Poutine au bout du fil pendant une heure mercredi. | DEU | RUS",
            "MOSCOU, 22 septembre - Mardi soir, Vladimir Poutine était au bout du fil avec Recep Tayyip Erdogan, selon le Kremlin. | RUS | TUR"})
    void onTheLineIsACall(String text, String a, String b) {
        assertOne(tag(text, "2021-09-22"), "PHONE_CALL", "occurred", a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "KIEV, 13 février - Joe Biden a téléphoné dimanche à Volodymyr Zelensky, au lendemain de son entretien téléphonique avec Vladimir Poutine.",
            "KYIV, Feb 13 - Joe Biden telephoned Volodymyr Zelenskiy on Sunday, a day after his phone call with Vladimir Putin."})
    void thePossessiveOfAPhrasesCallIsTheSubject(String text) {
        var calls = events(tag(text, "2022-02-13"), "PHONE_CALL");
        assertEquals(2, calls.size(), text);
        assertTrue(calls.stream().allMatch(c -> c.getCountries().contains("USA")), text);
        assertTrue(calls.stream().anyMatch(c -> c.getCountries().contains("RUS")), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KYIV, Feb 12 - Donald Trump called Volodymyr Zelenskiy on Wednesday, shortly after his conversation with Vladimir Putin. | UKR | RUS",
            "KYIV, Feb 12 - Volodymyr Zelenskiy said Donald Trump called him on Wednesday, shortly after the U.S. president's lengthy conversation with Vladimir Putin. | UKR | RUS",
            "BERLIN, March 3 - Olaf Scholz telephoned Joe Biden on Thursday, two days after his conversation with Xi Jinping. | USA | CHN"})
    void aConversationNounSetApartIsACallOfItsOwn(String text, String first, String second) {
        var calls = events(tag(text, "2025-02-12"), "PHONE_CALL");
        assertEquals(2, calls.size(), text);
        assertTrue(calls.stream().anyMatch(c -> c.getCountries().contains(first)), text);
        assertTrue(calls.stream().anyMatch(c -> c.getCountries().contains(second)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, March 3 - Emmanuel Macron spoke by phone with Vladimir Putin on Thursday, and their conversation lasted an hour and a half.",
            "LONDON, March 3 - Boris Johnson phoned Volodymyr Zelenskiy on Thursday; in a conversation with reporters later, he said Putin must fail."})
    void aConversationNounOfTheSameCallOrWithThePressIsNoOtherCall(String text) {
        assertEquals(1, events(tag(text, "2022-03-03"), "PHONE_CALL").size(), text);
    }
}
