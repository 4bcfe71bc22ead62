package io.newswire.enrich.tagger;

import io.newswire.schemas.ActorTag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.dispatch;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bare family name joined by a hyphen to another person's name, for a person named in full in the Asian order: three
 * words ("Kim Jong Un") or a family name and a hyphenated given name ("Moon Jae-in"); held when another person of the
 * same family name is named in full.
 */
class FamilyNameMentionsTest {

    private static final Tagger TAGGER = Tagger.loadDefault();

    private static List<String> mentions(String body, String date, String person) {
        return TAGGER.tag(dispatch(body, date, "en")).getActors().stream().filter(a -> a.getName().equals(person))
                .flatMap(a -> a.getMentions().stream()).map(m -> m.getText().toString()).toList();
    }

    @Test
    void aHyphenatedGivenNameOpensWithTheFamilyName() {
        assertEquals(List.of("Moon Jae-in", "Moon"), mentions("WASHINGTON, May 22 - U.S. President Donald Trump hosted South Korean "
                + "President Moon Jae-in at the White House on Tuesday.\n\nThe Trump-Moon talks lasted about two hours.", "2018-05-22", "Moon Jae-in"));
    }

    @Test
    void anotherPersonOfTheSameFamilyNameHoldsIt() {
        assertEquals(List.of("Moon Jae-in"), mentions("SEOUL, May 2 - South Korean President Moon Jae-in met his special adviser Moon "
                + "Chung-in on Wednesday.\n\nThe Trump-Moon talks are due later this month.", "2018-05-02", "Moon Jae-in"));
    }
}
