package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
import static io.newswire.enrich.tagger.TaggerTest.countries;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A spelling two languages share, one of them only with a capital ("Afghan" in English, where "afghan" is a blanket;
 * "afghan" in French): the reading whose case the text has is the one kept, so the French demonym is not lost behind
 * the English form it folds onto (issue 11, session s27).
 */
class CountryFormCaseTest {

    @Test
    void aLowerCaseDemonymOfTheOtherLanguageStillNamesItsState() {
        assertTrue(countries(tag("ISLAMABAD, 15 octobre - Le gouvernement afghan a démenti mercredi les accusations du Pakistan.",
                "2025-10-15")).contains("AFG"));
        assertTruce(tag("ISLAMABAD, 15 octobre - Le gouvernement afghan a proposé mercredi un cessez-le-feu de 48 heures avec le Pakistan.",
                "2025-10-15"), "proposed", "AFG", "PAK");
    }

    @Test
    void theCapitalisedFormStillNeedsItsCapitalInItsOwnLanguage() {
        assertTrue(countries(tag("KABUL, Oct 15 - Afghan officials denied on Wednesday the accusations made by Pakistan.", "2025-10-15"))
                .contains("AFG"));
        assertFalse(countries(tag("LONDON, Oct 15 - The auction house sold an afghan blanket and a Persian rug on Wednesday.", "2025-10-15"))
                .contains("AFG"));
    }
}
