package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** A meeting noun owned by "his" / "son" with no party before it in its clause (issue 11, the meetrec4 sets): its owner is who "he" would be. */
class OwnedMeetingNounTest {

    @Test
    void aPossessiveOpeningTheSentenceAfterItsOwnerIsThatOwner() {
        EnrichedDispatch e = tag("NEW DELHI, Sept 11 - German Chancellor Olaf Scholz flew home from the G20 on Sunday. His talks with "
                + "Indian Prime Minister Narendra Modi in New Delhi on Saturday covered trade and defence.", "2023-09-11");
        assertOne(e, "MEETING", "occurred", "DEU", "IND");
        EnrichedDispatch f = tag("NEW DELHI, 11 septembre - Le chancelier allemand Olaf Scholz est rentré dimanche du G20. Son entretien "
                + "avec le Premier ministre indien Narendra Modi samedi à New Delhi a porté sur le commerce et la défense.", "2023-09-11");
        assertOne(f, "MEETING", "occurred", "DEU", "IND");
    }

    @Test
    void aPreposedPossessiveIsOwnedByTheSubjectEvenWhenItReadsAsAReportsSource() {
        EnrichedDispatch e = tag("NEW DELHI, 9 septembre - Après son entretien avec Narendra Modi samedi, Olaf Scholz a dit avoir parlé "
                + "du commerce et de la défense.", "2023-09-09");
        assertOne(e, "MEETING", "occurred", "DEU", "IND");
    }

    @Test
    void aPossessiveWhoseOtherSideIsOnesOwnGovernmentIsNoMeeting() {
        EnrichedDispatch e = tag("BERLIN, Sept 11 - German Chancellor Olaf Scholz flew home from the G20 on Sunday. His talks with his "
                + "cabinet in Berlin on Monday will cover the budget.", "2023-09-11");
        assertNone(e, "MEETING");
    }
}
