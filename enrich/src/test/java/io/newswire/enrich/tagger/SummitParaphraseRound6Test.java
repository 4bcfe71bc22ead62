package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.SummitStatusTest.assertSummit;
import static io.newswire.enrich.tagger.TaggerTest.assertNone;
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

    @Test
    void noInterestInASummitUnlessIsConditional() {
        assertSummit(tag("SEOUL, Nov 18 - North Korea is not interested in another summit with Donald Trump unless Washington drops its "
                + "hostile policy, a diplomat said on Monday.", "2019-11-18"), "conditional", "PRK", "USA");
        assertSummit(tag("SEOUL, Nov 18 - Kim Jong Un is not interested in meeting Donald Trump again unless the sanctions are lifted.",
                "2019-11-18"), "conditional", "PRK", "USA");
        assertSummit(tag("SEOUL, Nov 18 - Pyongyang has no interest in a summit with Japan unless Tokyo drops the abduction issue, Kim Yo "
                + "Jong said.", "2024-03-26"), "conditional", "JPN", "PRK");
        // with no condition after it, a refusal
        assertSummit(tag("TOKYO, Nov 18 - Japan has no interest in a summit with North Korea, Fumio Kishida said.", "2023-11-18"),
                "rejected", "JPN", "PRK");
    }

    @Test
    void whatAStateCalledNamesAThingNoCall() {
        assertNone(tag("BAKU, Oct 4 - Azerbaijani media said Baku objected to what it called France's pro-Armenian stance.", "2023-10-04"),
                "PHONE_CALL");
        assertNone(tag("MOSCOW, Oct 4 - Sergei Lavrov denounced what he called Washington's meddling in Georgia.", "2023-10-04"), "PHONE_CALL");
        assertNone(tag("BERLIN, Oct 4 - Annalena Baerbock condemned what she called Russia's war of aggression.", "2023-10-04"), "PHONE_CALL");
        // a call told before the figure stands
        assertOne(tag("PARIS, Oct 4 - Emmanuel Macron called Vladimir Putin on Tuesday, in what he called a frank conversation.", "2023-10-04"),
                "PHONE_CALL", "occurred", "FRA", "RUS");
    }

    @Test
    void aVisitDueInARelativeIsUndoneByTheClauseAfter() {
        assertSummit(tag("MOSCOW, Oct 11 - Vladimir Putin, who had been due in Paris on Oct. 19, will no longer make the trip, Dmitry Peskov "
                + "said.", "2016-10-11"), "rejected", "FRA", "RUS");
        assertSummit(tag("MOSCOW, Oct 11 - Vladimir Putin, who had been due in Paris on Oct. 19 to open a cultural centre near the Eiffel "
                + "Tower, has cancelled the trip, Dmitry Peskov said.", "2016-10-11"), "rejected", "FRA", "RUS");
        assertSummit(tag("ANKARA, Feb 12 - Recep Tayyip Erdogan, who was due in Cairo on Wednesday for talks with Abdel Fattah al-Sisi, has "
                + "put off the visit, his office said.", "2024-02-12"), "suspended", "EGY", "TUR");
        assertSummit(tag("WASHINGTON, Oct 24 - Erdogan will no longer travel to Washington next week for talks with Joe Biden, his office "
                + "said.", "2024-10-24"), "rejected", "TUR", "USA");
        // the clause after the relative tells a meeting of its own: the plan stands
        assertSummit(tag("MOSCOW, March 17 - Xi Jinping, who is due in Moscow on Monday, will hold talks with Vladimir Putin, the Kremlin "
                + "said.", "2023-03-17"), "planned", "CHN", "RUS");
    }

    @Test
    void whoStandsBesideTheSpeakerInAFrontedPhraseIsNoSide() {
        assertSummit(tag("BIARRITZ, Aug 26 - Standing beside Emmanuel Macron at the closing news conference, Donald Trump said he would "
                + "be willing to meet Hassan Rouhani if the circumstances were right.", "2019-08-26"), "offered", "IRN", "USA");
        assertSummit(tag("NEW YORK, Sept 25 - Seated next to Volodymyr Zelensky at a hotel in New York, Donald Trump said he was ready to "
                + "host Vladimir Putin at the White House.", "2019-09-25"), "offered", "RUS", "USA");
        assertSummit(tag("BERLIN, Feb 7 - Speaking alongside Olaf Scholz in Berlin, Emmanuel Macron said he was ready to travel to Moscow "
                + "to meet Vladimir Putin.", "2022-02-07"), "offered", "FRA", "RUS");
        // the phrase's person is no side of a meeting held either
        assertOne(tag("NEW YORK, Sept 25 - Standing beside Emmanuel Macron, Donald Trump met Hassan Rouhani in New York.", "2019-09-25"),
                "MEETING", "occurred", "IRN", "USA");
    }

    @Test
    void twoLeadersWhoGetTogetherMeet() {
        assertOne(tag("NEW YORK, Sept 25 - Donald Trump said he hoped Volodymyr Zelensky and Vladimir Putin would get together and solve "
                + "their problem.", "2019-09-25"), "SUMMIT_PROPOSAL", "wished", "RUS", "UKR", "USA");
        assertSummit(tag("WASHINGTON, Sept 25 - Donald Trump said he would get together with Kim Jong Un in the near future.", "2019-09-25"),
                "planned", "PRK", "USA");
        // the past tense: a meeting held
        assertOne(tag("BALI, Nov 14 - Joe Biden and Xi Jinping got together on the sidelines of the G20 summit in Bali on Monday.",
                "2022-11-14"), "MEETING", "occurred", "CHN", "USA");
    }

    @Test
    void aVisitRefusedThenPutOffInTheNextSentenceIsPutOff() {
        assertSummit(tag("TOKYO, March 5 - Xi Jinping will not make the state visit to Japan planned for April, Yoshihide Suga said. Tokyo "
                + "and Beijing agreed that the trip should be rescheduled.", "2020-03-05"), "suspended", "CHN", "JPN");
        assertSummit(tag("VATICAN CITY, June 10 - Pope Francis will not travel to the Democratic Republic of Congo next month as planned. "
                + "The trip to Kinshasa will take place at a later date, the Vatican said.", "2022-06-10"), "suspended", "COD", "VAT");
        // a postponement that names no side of the visit, or another state, is another thing's
        assertSummit(tag("MOSCOW, Oct 11 - Vladimir Putin will not travel to Paris next week, the Kremlin said. A vote on the budget was "
                + "postponed.", "2016-10-11"), "rejected", "FRA", "RUS");
        assertSummit(tag("MOSCOW, Oct 11 - Vladimir Putin will not travel to Paris next week, the Kremlin said. Germany postponed its vote "
                + "on the budget.", "2016-10-11"), "rejected", "FRA", "RUS");
    }

    /** The held meetings, each as its sorted countries with its date. */
    private static java.util.List<String> heldMeetings(io.newswire.schemas.EnrichedDispatch e) {
        return TaggerTest.events(e, "MEETING").stream().filter(m -> m.getStatus().equals("occurred"))
                .map(m -> m.getCountries().stream().sorted().toList() + "@" + m.getDate()).toList();
    }

    @Test
    void leadersWhoLastMetInAMonthMetThen() {
        org.junit.jupiter.api.Assertions.assertTrue(heldMeetings(tag("ALMATY, May 11 - Ararat Mirzoyan and Jeyhun Bayramov wrapped up two days "
                + "of talks in Almaty on Saturday. The two countries' leaders, Ilham Aliyev and Nikol Pashinyan, last met in February on the "
                + "sidelines of the Munich Security Conference.", "2024-05-11")).contains("[ARM, AZE]@2024-02-01"));
        // a month after the dispatch's is no past meeting's
        assertOne(tag("PARIS, May 11 - Emmanuel Macron, who last met Olaf Scholz in April, will travel to Berlin in June.", "2024-05-11"),
                "SUMMIT_PROPOSAL", "planned", "DEU", "FRA");
    }
}
