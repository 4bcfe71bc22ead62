package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.SummitStatusTest.assertSummit;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Summit proposals told in words other writers use (session s28, the en-parasum-dev set's blind paraphrases). */
class SummitParaphraseTest {

    @Test
    void consentingToMeetIsAnAgreement() {
        assertSummit(tag("WASHINGTON, Nov 3 - Joe Biden and Xi Jinping have consented to meet in person in Bali next week, the White House "
                + "said on Thursday.", "2022-11-03"), "agreed", "CHN", "USA");
    }

    @Test
    void aSummitThatIsOffIsCalledOffAndALeaderOffToAsiaTravels() {
        assertSummit(tag("WASHINGTON, May 24 - The Singapore summit between Donald Trump and Kim Jong Un is off, the White House said on "
                + "Thursday.", "2018-05-24"), "rejected", "PRK", "USA");
        assertSummit(tag("WASHINGTON, Nov 3 - Donald Trump is off to Asia on Friday for a 12-day tour, during which he will meet Chinese "
                + "President Xi Jinping in Beijing.", "2017-11-03"), "planned", "CHN", "USA");
    }

    @Test
    void aSetPhraseOfTimeProposesNothingAndAHopeIsAWish() {
        assertSummit(tag("TOKYO, May 27 - Japanese Prime Minister Fumio Kishida said his hope was a summit with North Korean leader Kim Jong Un "
                + "as soon as possible.", "2023-05-27"), "wished", "JPN", "PRK");
    }

    @Test
    void whatTheSidesAreTalkingOverIsUnderDiscussion() {
        assertSummit(tag("ANKARA, July 12 - Ankara and Damascus are talking over a possible meeting between Tayyip Erdogan and Bashar "
                + "al-Assad, a Turkish official said on Friday.", "2024-07-12"), "under_discussion", "SYR", "TUR");
    }

    @Test
    void aMeetingOutOfTheQuestionIsRejected() {
        assertSummit(tag("DAMASCUS, Aug 9 - Syrian President Bashar al-Assad said a meeting with Turkish President Tayyip Erdogan was out of "
                + "the question.", "2023-08-09"), "rejected", "SYR", "TUR");
    }

    @Test
    void aTripToAStateIsAVisitAsAVisitToItIs() {
        EnrichedDispatch e = tag("KYIV, Aug 23 - Indian Prime Minister Narendra Modi was on a trip to Ukraine on Friday, six weeks after "
                + "his talks in Moscow.", "2024-08-23");
        assertTrue(events(e, "MEETING").stream().anyMatch(m -> m.getCountries().containsAll(java.util.List.of("IND", "UKR"))),
                events(e, "MEETING").toString());
    }
    @Test
    void anIfThatNamesConditionsMakesTheOfferConditional() {
        assertSummit(tag("SEOUL, Aug 15 - South Korean President Moon Jae-in said he was ready to meet North Korean leader Kim Jong Un "
                + "whenever he liked if the conditions were met.", "2017-08-15"), "conditional", "KOR", "PRK");
    }

    @Test
    void comingToAnAllysAidIsNoVisit() {
        EnrichedDispatch e = tag("NANCY, May 9 - Polish President Andrzej Duda and French President Emmanuel Macron signed a treaty in Nancy "
                + "that binds the two states to come to the aid of each other if attacked.", "2025-05-09");
        TaggerTest.assertNone(e, "SUMMIT_PROPOSAL");
    }
    @Test
    void aLeaderElectNamedByHisTitleMeetsAsTheLeaderHeIsAboutToBe() {
        EnrichedDispatch e = tag("SEOUL, Nov 7 - South Korean President Yoon Suk Yeol wants to meet Donald Trump soon, his office said on "
                + "Thursday, after Yoon spoke by telephone with the U.S. president-elect.", "2024-11-07");
        assertSummit(e, "wished", "KOR", "USA");
        assertTrue(e.getActors().stream().noneMatch(a -> a.getName().equals("Joe Biden")), e.getActors().toString());
    }

    @Test
    void aSummitThatTalksAreUnderWayOnIsUnderDiscussionAndAnInvitationTakenUpIsAccepted() {
        assertSummit(tag("ANKARA, July 12 - Talks are under way on a possible meeting of Tayyip Erdogan and Bashar al-Assad, a Turkish "
                + "official said on Friday.", "2024-07-12"), "under_discussion", "SYR", "TUR");
        assertSummit(tag("PYONGYANG, Sept 19 - South Korean President Moon Jae-in invited North Korean leader Kim Jong Un to visit Seoul, "
                + "and Kim took up the invitation, the two leaders said on Wednesday.", "2018-09-19"), "agreed", "KOR", "PRK");
    }
    @Test
    void twoLeadersWhoAgreeToHoldTalksAtAPlaceHoldThemThemselves() {
        assertSummit(tag("WASHINGTON, Oct 16 - U.S. President Donald Trump and Russian President Vladimir Putin agreed on Thursday to "
                + "hold talks in Budapest, the White House said.", "2025-10-16"), "agreed", "HUN", "RUS", "USA");
        TaggerTest.assertNone(tag("WASHINGTON, Feb 12 - U.S. President Donald Trump and Russian President Vladimir Putin agreed on Wednesday "
                + "to have their teams open negotiations on ending the war in Ukraine, the White House said.", "2025-02-12"), "SUMMIT_PROPOSAL");
    }
    @Test
    void aConditionPastAnotherMeetingVerbIsThatVerbs() {
        assertSummit(tag("KYIV, Sept 5 - Volodymyr Zelensky turned down Vladimir Putin's offer to host him in Moscow, urging the Kremlin chief "
                + "to come to Kyiv if he wanted a meeting.", "2025-09-05"), "rejected", "RUS", "UKR");
    }
}
