package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.SummitStatusTest.assertSummit;
import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Summit proposals on new wording, fourth round of the blind paraphrases (session s30, en-parasum3-dev). */
class SummitParaphraseRound4Test {

    @Test
    void aMeetingWhoseHoldingTheSidesExamineIsUnderDiscussion() {
        assertSummit(tag("TOKYO, Nov 10 - Tokyo and Beijing are working out whether Fumio Kishida and Xi Jinping can sit down together next "
                + "week in San Francisco.", "2023-11-10"), "under_discussion", "CHN", "JPN");
        assertSummit(tag("WASHINGTON, May 5 - Washington and Moscow are exploring whether Joe Biden and Vladimir Putin can hold a summit in "
                + "Geneva in June, officials said.", "2021-05-05"), "under_discussion", "RUS", "USA");
        assertSummit(tag("NEW DELHI, Oct 18 - The two governments are studying whether Narendra Modi and Xi Jinping can meet in Kazan next "
                + "week, Indian officials said.", "2024-10-18"), "under_discussion", "CHN", "IND");
    }

    @Test
    void aVisitToTakePartInAGroupsCouncilIsNoSummitWithItsHost() {
        assertNone(tag("NEW DELHI, Aug 26 - The Prime Minister will travel to Tianjin, China, to take part in the Summit of the Council of "
                + "Heads of State of the Shanghai Cooperation Organisation on 31 August, at the invitation of President Xi Jinping.", "2025-08-26"),
                "SUMMIT_PROPOSAL");
        assertNone(tag("NEW DELHI, July 1 - Narendra Modi will travel to Astana to attend the Summit of the Council of Heads of State of "
                + "the SCO, at the invitation of Kazakh President Kassym-Jomart Tokayev.", "2024-07-01"), "SUMMIT_PROPOSAL");
        assertSummit(tag("NEW DELHI, July 1 - Narendra Modi will travel to Astana for talks with Kazakh President Kassym-Jomart Tokayev, "
                + "at his invitation.", "2024-07-01"), "planned", "IND", "KAZ");
    }

    @Test
    void aMeetingSaidNotToHaveBeenHeldIsNoMeeting() {
        assertNone(tag("NEW DELHI, Aug 18 - Narendra Modi and Xi Jinping have not held a structured bilateral meeting since troops of the "
                + "two countries clashed in 2020.", "2023-08-18"), "MEETING");
        assertNone(tag("NEW DELHI, Aug 18 - Narendra Modi and Xi Jinping have not held a bilateral meeting since 2019.", "2023-08-18"), "MEETING");
        assertNone(tag("WASHINGTON, Nov 18 - Joe Biden did not hold a formal meeting with Xi Jinping at the summit in Lima.", "2024-11-18"),
                "MEETING");
    }

    @Test
    void aHandshakeOfTwoLeadersIsTheirMeeting() {
        assertOne(tag("PANMUNJOM, June 30 - Donald Trump and Kim Jong Un shared a handshake at the Demilitarized Zone on Sunday.", "2019-06-30"),
                "MEETING", "occurred", "PRK", "USA");
    }
}
