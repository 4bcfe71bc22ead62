package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.SummitStatusTest.assertSummit;
import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Summit proposals on new wording, fifth round of the blind paraphrases (session s31, en-parasum4-dev). */
class SummitParaphraseRound5Test {

    @Test
    void aMeetingWhoseDetailsAidesSettleIsUnderDiscussion() {
        assertSummit(tag("WASHINGTON, March 3 - Officials in Beijing and Washington are ironing out the details of a summit between Joe Biden "
                + "and Xi Jinping, the White House said on Monday.", "2023-03-03"), "under_discussion", "CHN", "USA");
        assertSummit(tag("TOKYO, May 2 - The details of a meeting between Japanese Prime Minister Fumio Kishida and South Korean President "
                + "Yoon Suk Yeol are being worked out, a government spokesman said on Tuesday.", "2023-05-02"), "under_discussion", "JPN", "KOR");
        assertSummit(tag("ANKARA, Jan 5 - Turkish and Russian diplomats are finalising the details of talks between Recep Tayyip Erdogan and "
                + "Vladimir Putin in Sochi, officials said.", "2022-01-05"), "under_discussion", "RUS", "TUR");
        // the details of a deal, worked out after a meeting told in a clause of its own: the meeting was held
        assertOne(tag("PARIS, Jan 5 - Officials are working out the details of the trade deal after Emmanuel Macron met Olaf Scholz in "
                + "Berlin on Monday.", "2022-01-05"), "MEETING", "occurred", "DEU", "FRA");
    }

    @Test
    void aGroupNamedBesideTheSidesBetweenIsNoSide() {
        assertSummit(tag("ELMAU, Germany, June 28 - German Chancellor Olaf Scholz proposed on Tuesday a meeting between Vladimir Putin and "
                + "Volodymyr Zelensky before the end of the year, as the Group of Seven summit he hosted came to an end.", "2022-06-28"),
                "proposed", "RUS", "UKR");
        assertSummit(tag("HIROSHIMA, May 20 - Group of Seven leaders floated the idea of a meeting between Vladimir Putin and Volodymyr "
                + "Zelensky in the coming months.", "2023-05-20"), "proposed", "RUS", "UKR");
        // the group's own meeting: its members are the sides
        assertOne(tag("TOKYO, May 2 - Fumio Kishida proposed a meeting of the Group of Seven leaders next month in Hiroshima.", "2023-05-02"),
                "SUMMIT_PROPOSAL", "proposed", "CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA");
    }

    @Test
    void aSummitWhosePlugIsPulledIsCalledOff() {
        assertSummit(tag("TOKYO, Sept 2 - Japan has shelved a summit between Prime Minister Fumio Kishida and South Korean President Yoon "
                + "Suk Yeol that was due next month.", "2023-09-02"), "rejected", "JPN", "KOR");
        assertSummit(tag("ANKARA, March 3 - Recep Tayyip Erdogan pulls the plug on his visit to Moscow for talks with Vladimir Putin, his "
                + "office said on Friday.", "2023-03-03"), "rejected", "RUS", "TUR");
        // a project dropped the day after a meeting: the meeting was held
        assertOne(tag("LONDON, March 3 - The government pulled the plug on a rail project on Monday, a day after Prime Minister Rishi Sunak "
                + "met French President Emmanuel Macron in Paris.", "2023-03-03"), "MEETING", "occurred", "FRA", "GBR");
    }

    @Test
    void aMeetingDeniedUntilSomethingHappensIsConditional() {
        assertSummit(tag("SEOUL, Jan 3 - There will be no summit with Kim Jong Un until North Korea gives up its nuclear weapons, South Korean "
                + "President Yoon Suk Yeol said on Tuesday.", "2023-01-03"), "conditional", "KOR", "PRK");
        assertSummit(tag("KYIV, Jan 3 - Volodymyr Zelensky said there would be no talks with Vladimir Putin until Russian troops withdraw "
                + "from Ukraine.", "2023-01-03"), "conditional", "RUS", "UKR");
        assertSummit(tag("NEW DELHI, Jan 3 - There can be no meeting between Narendra Modi and Shehbaz Sharif until Pakistan stops backing "
                + "militants, Indian officials said.", "2023-01-03"), "conditional", "IND", "PAK");
        // "until" after no denial tells a time
        assertSummit(tag("MOSCOW, Jan 3 - Vladimir Putin will stay in Beijing until Wednesday for talks with Xi Jinping, the Kremlin said.",
                "2023-01-03"), "planned", "CHN", "RUS");
    }
}
