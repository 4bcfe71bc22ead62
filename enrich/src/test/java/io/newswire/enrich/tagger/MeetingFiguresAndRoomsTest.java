package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.meetings;
import static io.newswire.enrich.tagger.TaggerTest.sides;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** MEETING misses by family (session s27, meet-en6): a sport word in a figure of speech, a seat of government that names the room,
 * the held occasion where a meeting to come was told,
 * talks named after a modal inside what was said at them, a meeting watched by the press,
 * a meeting noun whose predicate reaffirmed a commitment, talks
 * which begin on a day to come. */
class MeetingFiguresAndRoomsTest {

    @Test
    void aSportWordInAFigureOfSpeechLeavesTheMeeting() {
        EnrichedDispatch shouting = tag("WASHINGTON, Feb 28 - Zelenskiy's talks with U.S. President Donald Trump in the Oval Office on Friday "
                + "turned into a shouting match.", "2025-02-28");
        assertEquals(List.of(List.of("UKR", "USA")), meetings(shouting, "occurred"));
        EnrichedDispatch scored = tag("ANKARA, Oct 22 - Turkish President Tayyip Erdogan scored a diplomatic win on Tuesday when he met Russian "
                + "President Vladimir Putin in Sochi.", "2019-10-22");
        assertEquals(List.of(List.of("RUS", "TUR")), meetings(scored, "occurred"));
        EnrichedDispatch match = tag("SYDNEY, Aug 20 - Spain beat England 1-0 in the Women's World Cup final on Sunday, with Queen Letizia of "
                + "Spain and Britain's Prince William absent from the stands.", "2023-08-20");
        assertEquals(List.of(), meetings(match, "occurred"));
    }

    @Test
    void aSeatOfGovernmentBeforeAnOwnedMeetingNounIsTheRoomNotASide() {
        EnrichedDispatch kremlin = tag("ROME, July 12 - Italian Prime Minister Giorgia Meloni received Hungarian Prime Minister Viktor Orban in "
                + "Rome on Friday, a week after his Kremlin talks with Russian President Vladimir Putin.", "2024-07-12");
        assertEquals(List.of(List.of("HUN", "ITA"), List.of("HUN", "RUS")), meetings(kremlin, "occurred"));
        EnrichedDispatch both = tag("KYIV, March 2 - Ukrainian President Volodymyr Zelenskiy said on Sunday he was still ready to sign the "
                + "minerals deal, two days after his Oval Office meeting with U.S. President Donald Trump ended in a shouting match.", "2025-03-02");
        assertEquals(List.of(List.of("UKR", "USA")), meetings(both, "occurred"));
    }

    @Test
    void theOccasionWhereAMeetingToComeWasToldWasHeld() {
        EnrichedDispatch conference = tag("WASHINGTON, April 7 - U.S. President Donald Trump said on Monday he would meet Iranian officials "
                + "on Saturday, speaking at a news conference with Israeli Prime Minister Benjamin Netanyahu in the Oval Office.", "2025-04-07");
        assertEquals(List.of(List.of("ISR", "USA")), meetings(conference, "occurred"));
        EnrichedDispatch cabinet = tag("WASHINGTON, Jan 2 - U.S. President Donald Trump said on Wednesday he would like to meet North Korean "
                + "leader Kim Jong Un again, speaking at a Cabinet meeting at the White House.", "2019-01-02");
        assertEquals(List.of(), meetings(cabinet, "occurred"));
    }

    @Test
    void aModalInsideWhatWasSaidDoesNotGovernTheTalksItWasSaidAt() {
        EnrichedDispatch told = tag("TOKYO, March 16 - Japanese Prime Minister Fumio Kishida told South Korean President Yoon Suk Yeol on "
                + "Thursday that the two countries could no longer let history stand in the way, at their talks in Tokyo.", "2023-03-16");
        assertEquals(List.of(List.of("JPN", "KOR")), meetings(told, "occurred"));
        EnrichedDispatch toCome = tag("TOKYO, March 10 - Japanese Prime Minister Fumio Kishida will tell South Korean President Yoon Suk Yeol "
                + "that the two countries could no longer let history stand in the way, at their talks in Tokyo next week.", "2023-03-10");
        assertEquals(List.of(), meetings(toCome, "occurred"));
    }

    @Test
    void aMeetingHeldInFrontOfReportersIsNoInterview() {
        EnrichedDispatch watched = tag("WASHINGTON, Feb 4 - U.S. President Donald Trump's talks with Israeli Prime Minister Benjamin Netanyahu "
                + "at the White House on Tuesday went on for an hour in front of reporters.", "2025-02-04");
        assertEquals(List.of(List.of("ISR", "USA")), meetings(watched, "occurred"));
        EnrichedDispatch interview = tag("KYIV, Feb 10 - Ukrainian President Volodymyr Zelenskiy told reporters on Monday that he was ready to "
                + "meet Russian President Vladimir Putin.", "2025-02-10");
        assertEquals(List.of(), meetings(interview, "occurred"));
    }

    @Test
    void aMeetingThatReaffirmedACommitmentWasHeld() {
        EnrichedDispatch talks = tag("WASHINGTON, April 10 - Japanese Prime Minister Fumio Kishida's talks with U.S. President Joe Biden at "
                + "the White House on Wednesday underscored the allies' commitment to their security treaty.", "2024-04-10");
        assertEquals(List.of(List.of("JPN", "USA")), meetings(talks, "occurred"));
        EnrichedDispatch call = tag("WASHINGTON, Oct 4 - U.S. President Joe Biden's phone call with Japanese Prime Minister Fumio Kishida on "
                + "Monday reaffirmed the allies' commitment to their security treaty.", "2021-10-04");
        assertEquals(List.of(), meetings(call, "occurred"));
    }

    @Test
    void talksWhichBeginOnADayToComeAreNotHeldYet() {
        EnrichedDispatch toCome = tag("SINGAPORE, June 10 - U.S. President Donald Trump arrived in Singapore on Sunday and said he was confident "
                + "about his summit with North Korean leader Kim Jong Un, which opens on Tuesday.", "2018-06-10");
        assertEquals(List.of(), sides(toCome, "MEETING", "occurred").stream().filter(c -> c.contains("PRK")).toList());
        assertEquals(List.of(List.of("PRK", "USA")), sides(toCome, "SUMMIT_PROPOSAL", "planned"));
    }
}
