package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.SummitStatusTest.assertSummit;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Summit proposals on new wording, batches D and E of the blind paraphrases (session s29, en/fr-parasum2-dev). */
class SummitParaphraseBatchDTest {

    @Test
    void aWishBeforeANounOrUnderTheNegationOfHidingIsAWish() {
        assertSummit(tag("TOKYO, Sept 19 - Fumio Kishida said he was eager for a summit with Kim Jong Un.", "2023-09-19"), "wished", "JPN", "PRK");
        assertSummit(tag("TOKYO, Sept 19 - Fumio Kishida said he was keen for talks with Kim Jong Un.", "2023-09-19"), "wished", "JPN", "PRK");
        assertSummit(tag("SEOUL, 24 octobre - Donald Trump ne cache pas son envie de rencontrer Kim Jong Un.", "2025-10-24"), "wished", "PRK", "USA");
        assertSummit(tag("SEOUL, 24 octobre - Donald Trump n'a pas caché qu'il aimerait revoir Kim Jong Un.", "2025-10-24"), "wished", "PRK", "USA");
    }

    @Test
    void anEncounterOrASitDownSetForADayIsPlanned() {
        assertSummit(tag("WASHINGTON, Nov 10 - An encounter between Joe Biden and Xi Jinping will take place on Monday in Bali.", "2022-11-10"),
                "planned", "CHN", "USA");
        assertSummit(tag("WASHINGTON, Nov 10 - The sit-down between Joe Biden and Xi Jinping is set for Monday.", "2022-11-10"),
                "planned", "CHN", "USA");
    }

    @Test
    void aPastTimeAfterASpeakingVerbDatesTheReportNotTheMeeting() {
        assertSummit(tag("WASHINGTON, Oct 20 - Donald Trump said last week he would meet Vladimir Putin in Budapest.", "2025-10-20"),
                "planned", "HUN", "RUS", "USA");
        assertSummit(tag("WASHINGTON, 20 octobre - Donald Trump a dit la semaine dernière qu'il rencontrerait Vladimir Poutine à Budapest.",
                "2025-10-20"), "planned", "HUN", "RUS", "USA");
    }

    @Test
    void theSpeakerAfterTheReportedWordsIsTheOtherSideOfAMeetingToCome() {
        assertSummit(tag("TEHRAN, Aug 27 - A meeting with Donald Trump could take place next month, Hassan Rouhani said on Tuesday.",
                "2019-08-27"), "proposed", "IRN", "USA");
        assertSummit(tag("TEHRAN, Aug 27 - There will be no meeting with Donald Trump unless Washington lifts its sanctions, Iranian President "
                + "Hassan Rouhani said on Tuesday.", "2019-08-27"), "conditional", "IRN", "USA");
    }

    @Test
    void aMeetingThatDependsOnSomethingIsConditional() {
        assertSummit(tag("SEOUL, May 22 - A meeting between Donald Trump and Kim Jong Un hinges on progress in working-level talks, Seoul said.",
                "2018-05-22"), "conditional", "PRK", "USA");
        assertSummit(tag("PEKIN, 28 octobre - La tenue d'un sommet entre Sanae Takaichi et Xi Jinping dépendra de l'attitude de Tokyo, a dit Pékin.",
                "2025-10-28"), "conditional", "CHN", "JPN");
    }

    @Test
    void aMeetingNegotiatedOnTheSidelinesOfAGatheringIsUnderDiscussion() {
        assertSummit(tag("TOKYO, 28 octobre - Une rencontre entre Sanae Takaichi et Xi Jinping en marge du sommet de l'APEC est à l'étude.",
                "2025-10-28"), "under_discussion", "CHN", "JPN");
        assertSummit(tag("TOKYO, Oct 28 - A meeting between Sanae Takaichi and Xi Jinping on the sidelines of the APEC summit is being discussed, "
                + "Kyodo reported.", "2025-10-28"), "under_discussion", "CHN", "JPN");
    }
}
