package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Presence told by a signing (issue 11, the meetrec4 sets): officials of two states who sign together at a place met there. */
class SignedTogetherTest {

    @Test
    void twoLeadersSigningAtAPlaceWithADayBetweenVerbAndDocumentMet() {
        EnrichedDispatch e = tag("MOSCOW, May 8 - Chinese President Xi Jinping and Russian President Vladimir Putin signed on Thursday in "
                + "the Kremlin a statement on global strategic stability.", "2025-05-08");
        assertOne(e, "MEETING", "occurred", "CHN", "RUS");
        EnrichedDispatch f = tag("MOSCOU, 8 mai - Xi Jinping et Vladimir Poutine ont signé jeudi au Kremlin une déclaration sur la "
                + "stabilité stratégique mondiale.", "2025-05-08");
        assertOne(f, "MEETING", "occurred", "CHN", "RUS");
    }

    @Test
    void oneLeaderSigningIsNoMeetingWhateverTheDocumentNames() {
        EnrichedDispatch e = tag("MOSCOW, Nov 9 - Russian President Vladimir Putin signed on Saturday in the Kremlin a law ratifying the "
                + "treaty with North Korea.", "2024-11-09");
        assertNone(e, "MEETING");
        EnrichedDispatch f = tag("MOSCOU, 9 novembre - Vladimir Poutine a signé samedi au Kremlin une loi ratifiant le traité avec la "
                + "Corée du Nord.", "2024-11-09");
        assertNone(f, "MEETING");
    }

    @Test
    void aSigningWithNoPlaceTellsNoPresence() {
        EnrichedDispatch e = tag("WASHINGTON, Feb 3 - U.S. President Donald Trump and Canadian Prime Minister Justin Trudeau signed "
                + "statements on the tariff pause on Monday.", "2025-02-03");
        assertNone(e, "MEETING");
    }
    @Test
    void aPassiveNamesItsSignersAfterItsOwnBy() {
        EnrichedDispatch e = tag("PARIS, Dec 12 - The accord, which was signed by Chinese President Xi Jinping and French President "
                + "Emmanuel Macron at the Elysee Palace on Monday, covers aviation and nuclear energy.", "2025-12-12");
        assertOne(e, "MEETING", "occurred", "CHN", "FRA");
        EnrichedDispatch p = tag("PYONGYANG, June 19 - A mutual defence pact signed in Pyongyang on Wednesday by Russian President Vladimir "
                + "Putin and North Korean leader Kim Jong Un commits each side to help the other.", "2024-06-19");
        assertOne(p, "MEETING", "occurred", "PRK", "RUS");
        EnrichedDispatch f = tag("ROME, 26 novembre - Le traité du Quirinal, signé par le président du Conseil italien Mario Draghi et le "
                + "président français Emmanuel Macron à Rome vendredi, engage les deux pays à se consulter.", "2021-11-26");
        assertOne(f, "MEETING", "occurred", "FRA", "ITA");
    }

    @Test
    void signersEachByTheirOwnByOrWithAPlaceFarAfterMetNowhere() {
        EnrichedDispatch e = tag("BERLIN, June 24 - The treaty, signed by German Chancellor Olaf Scholz in Berlin on Monday and by French "
                + "President Emmanuel Macron in Paris a day later, enters into force next year.", "2025-06-24");
        assertNone(e, "MEETING");
    }
    @Test
    void aVenueCityPlacesASigningAsItPlacesTalks() {
        EnrichedDispatch e = tag("BERLIN, Jan 22 - German Chancellor Angela Merkel and French President Emmanuel Macron signed a new "
                + "friendship treaty in Aachen on Tuesday.", "2019-01-22");
        assertOne(e, "MEETING", "occurred", "DEU", "FRA");
        EnrichedDispatch f = tag("BERLIN, 22 janvier - Angela Merkel et Emmanuel Macron ont signé mardi à Aix-la-Chapelle un nouveau traité "
                + "d'amitié.", "2019-01-22");
        assertOne(f, "MEETING", "occurred", "DEU", "FRA");
        EnrichedDispatch g = tag("AACHEN, May 14 - Ukrainian President Volodymyr Zelensky received the Charlemagne Prize in Aachen on Sunday.",
                "2023-05-14");
        assertNone(g, "MEETING");
    }
}
