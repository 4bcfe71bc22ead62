package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.SummitStatusTest.assertSummit;
import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Summit proposals and their statuses on new wording, seventh round of the blind paraphrases (session s32, en-parasum6-dev). */
class SummitParaphraseRound7Test {

    @Test
    void aVisitByATitledLeaderGoesWhereItsToSays() {
        // the state's name heads the visitor's title: it is whose the visitor is, not where the visit goes
        assertSummit(tag("WASHINGTON, Aug 28 - White House aides are preparing a visit by U.S. President Joe Biden to Hanoi on Sept. 10, "
                + "the White House said on Monday.", "2023-08-28"), "planned", "USA", "VNM");
        assertSummit(tag("WASHINGTON, Aug 28 - A visit by U.S. President Joe Biden to Hanoi is scheduled for Sept. 10, the White House "
                + "said on Monday.", "2023-08-28"), "planned", "USA", "VNM");
        assertSummit(tag("LONDON, Sept 28 - Officials are preparing a state visit by U.K. Prime Minister Keir Starmer to India next month, "
                + "Downing Street said on Monday.", "2025-09-28"), "planned", "GBR", "IND");
        assertSummit(tag("SEOUL, May 2 - Aides are preparing a visit by Japanese Prime Minister Fumio Kishida to Seoul on Sunday, officials "
                + "said.", "2023-05-02"), "planned", "JPN", "KOR");
    }

    @Test
    void aMinistersVisitByTitleIsNoSummit() {
        assertNone(tag("WASHINGTON, June 10 - A visit by U.S. Secretary of State Antony Blinken to Beijing is being prepared, the State "
                + "Department said on Monday.", "2023-06-10"), "SUMMIT_PROPOSAL");
    }

    @Test
    void aCapitalBeforeANameStaysThePlace() {
        // "to Moscow to meet Vladimir Putin": the capital is where, the person after it whom
        assertSummit(tag("KYIV, Sept 4 - Volodymyr Zelensky ruled out on Thursday travelling to Moscow to meet Vladimir Putin.", "2025-09-04"),
                "rejected", "RUS", "UKR");
    }
}
