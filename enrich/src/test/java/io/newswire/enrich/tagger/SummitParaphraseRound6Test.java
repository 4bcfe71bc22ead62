package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.SummitStatusTest.assertSummit;
import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Summit proposals and their statuses on new wording, sixth round of the blind paraphrases (session s32, en-parasum5-dev). */
class SummitParaphraseRound6Test {

    @Test
    void aSummitRefusedUntilATimeIsPutOff() {
        assertSummit(tag("SEOUL, Feb 3 - The summit between Moon Jae-in and Kim Jong Un will not be held until March, Seoul said on Monday.",
                "2019-02-03"), "suspended", "KOR", "PRK");
        assertSummit(tag("TOKYO, Feb 3 - Xi Jinping will not visit Japan until April, Tokyo said on Thursday.", "2020-02-03"),
                "suspended", "CHN", "JPN");
        assertSummit(tag("WASHINGTON, July 25 - A second meeting between Donald Trump and Vladimir Putin will not take place until 2019, the "
                + "White House said.", "2018-07-25"), "suspended", "RUS", "USA");
        // with no time after "until", a refusal stays a refusal; after a denial of the event's existence, a condition
        assertSummit(tag("SEOUL, Feb 3 - The summit between Moon Jae-in and Kim Jong Un will not be held, Seoul said on Monday.",
                "2019-02-03"), "rejected", "KOR", "PRK");
        assertSummit(tag("SEOUL, Jan 3 - There will be no summit with Kim Jong Un until North Korea gives up its nuclear weapons, Yoon Suk "
                + "Yeol said on Tuesday.", "2023-01-03"), "conditional", "KOR", "PRK");
    }

    @Test
    void aVisitGivenANewDateIsPutOff() {
        assertSummit(tag("TOKYO, March 5 - Xi Jinping's state visit to Japan has been rescheduled, Yoshihide Suga said.", "2020-03-05"),
                "suspended", "CHN", "JPN");
        assertSummit(tag("TOKYO, March 5 - Tokyo said Xi Jinping's state visit to Japan had been put back.", "2020-03-05"),
                "suspended", "CHN", "JPN");
        // troops put back: no visit, the meeting held in Paris stands
        assertOne(tag("KYIV, March 5 - The Ukrainian army put back Russian troops near Kharkiv, Volodymyr Zelensky said, after talks with "
                + "Emmanuel Macron in Paris.", "2024-03-05"), "MEETING", "occurred", "FRA", "UKR");
    }
}
