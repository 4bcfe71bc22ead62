package io.newswire.enrich.tagger;

import io.newswire.schemas.ActorTag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.dispatch;
import static io.newswire.enrich.tagger.TaggerTest.sides;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bare family name joined by a hyphen to another person's name, for a person named in full in the Asian order: three
 * words ("Kim Jong Un") or a family name and a hyphenated given name ("Moon Jae-in"); held when another person of the
 * same family name is named in full; and the bare later mention as an event's side (session s29): the family name, first,
 * of a Chinese, Korean or Cambodian name ("Li Qiang" -> "Li"), the given name, last, of a Vietnamese one ("To Lam" ->
 * "Lam"), after a title ("President Lee"); none where a relative of the same family name is named ("Kim Keon-hee"), nor in
 * a source phrase opening the sentence ("Selon M. Moon,").
 */
class FamilyNameMentionsTest {

    private static final Tagger TAGGER = Tagger.loadDefault();

    private static List<String> mentions(String body, String date, String person) {
        return TAGGER.tag(dispatch(body, date, "en")).getActors().stream().filter(a -> a.getName().equals(person))
                .flatMap(a -> a.getMentions().stream()).map(m -> m.getText().toString()).toList();
    }

    @Test
    void aHyphenatedGivenNameOpensWithTheFamilyName() {
        assertEquals(List.of("Moon Jae-in", "Moon"), mentions("WASHINGTON, May 22 - U.S. President Donald Trump hosted South Korean "
                + "President Moon Jae-in at the White House on Tuesday.\n\nThe Trump-Moon talks lasted about two hours.", "2018-05-22", "Moon Jae-in"));
    }

    @Test
    void anotherPersonOfTheSameFamilyNameHoldsIt() {
        assertEquals(List.of("Moon Jae-in"), mentions("SEOUL, May 2 - South Korean President Moon Jae-in met his special adviser Moon "
                + "Chung-in on Wednesday.\n\nThe Trump-Moon talks are due later this month.", "2018-05-02", "Moon Jae-in"));
    }

    @Test
    void aChineseNameOfTwoWordsIsASideByItsFamilyName() {
        var e = TAGGER.tag(dispatch("BEIJING, March 5 - Chinese Premier Li Qiang opened the annual session of parliament on Tuesday.\n\n"
                + "Later that day Li met Australian Prime Minister Anthony Albanese in the Great Hall of the People.", "2024-03-05", "en"));
        assertEquals(List.of(List.of("AUS", "CHN")), sides(e, "MEETING", "occurred"));
    }

    @Test
    void aVietnameseLeaderIsASideByHisGivenName() {
        var e = TAGGER.tag(dispatch("HANOI, Sept 10 - Vietnamese President To Lam said on Tuesday that ties with Japan had never been better.\n\n"
                + "Lam spoke by telephone with Japanese Prime Minister Fumio Kishida for half an hour, state media said.", "2024-09-10", "en"));
        assertEquals(List.of(List.of("JPN", "VNM")), sides(e, "PHONE_CALL", "occurred"));
    }

    @Test
    void aTitleBeforeTheFamilyNameKeepsIt() {
        var e = TAGGER.tag(dispatch("SEOUL, June 10 - South Korean President Lee Jae-myung took office last week.\n\n"
                + "On Tuesday, President Lee spoke by telephone with French President Emmanuel Macron, his office said.", "2025-06-10", "en"));
        assertEquals(List.of(List.of("FRA", "KOR")), sides(e, "PHONE_CALL", "occurred"));
    }

    @Test
    void aRelativeOfTheSameFamilyNameMakesTheBareNameNoSide() {
        assertEquals(List.of("Kim Jong Un"), mentions("SEOUL, May 1 - North Korean leader Kim Jong Un watched a parade on Tuesday "
                + "while the South Korean first lady, Kim Keon-hee, was abroad.\n\nKim met the wife of the Japanese prime minister.", "2023-05-01", "Kim Jong Un"));
    }

    @Test
    void theSourceOfAReportIsNoSide() {
        var e = TAGGER.tag(dispatch("SÉOUL, 26 mai - Le président sud-coréen Moon Jae-in a rencontré samedi le dirigeant nord-coréen Kim Jong Un.\n\n"
                + "Selon M. Moon, Kim reste décidé à rencontrer le président américain.", "2018-05-26", "fr"));
        assertEquals(List.of(List.of("PRK", "USA")), e.getEvents().stream().filter(ev -> ev.getType().equals("SUMMIT_PROPOSAL"))
                .map(ev -> ev.getCountries().stream().sorted().toList()).toList());
    }

    @Test
    void twoPeopleOfOneStateWithTheFormGiveTheStateWithoutThePerson() {
        var e = TAGGER.tag(dispatch("SEOUL, May 1 - North Korean leader Kim Jong Un and his sister Kim Yo Jong attended a parade on Tuesday.\n\n"
                + "Kim met Russian Defence Minister Sergei Shoigu later that day.", "2023-05-01", "en"));
        assertEquals(List.of(List.of("PRK", "RUS")), sides(e, "MEETING", "occurred"));
        assertEquals(List.of("Kim Jong Un"), mentions("SEOUL, May 1 - North Korean leader Kim Jong Un and his sister Kim Yo Jong attended a parade "
                + "on Tuesday.\n\nKim met Russian Defence Minister Sergei Shoigu later that day.", "2023-05-01", "Kim Jong Un"));
    }

    @Test
    void twoPeopleOfTwoStatesWithTheFormGiveNoSide() {
        var e = TAGGER.tag(dispatch("SEOUL, June 10 - South Korean President Lee Jae-myung hosted former Singaporean prime minister Lee Hsien Loong "
                + "on Tuesday.\n\nLater Lee spoke by telephone with French President Emmanuel Macron.", "2025-06-10", "en"));
        assertEquals(List.of(), sides(e, "PHONE_CALL", "occurred"));
    }
}
