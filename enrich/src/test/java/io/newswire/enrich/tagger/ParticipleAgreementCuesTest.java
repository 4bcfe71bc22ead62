package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A modality cue's past participle read in every agreement ("les a exhortés", "les a pressées", "des discussions ...
 * prévues mardi"), as the one-word triggers are (session s28, para-call).
 */
class ParticipleAgreementCuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KUALA LUMPUR, 24 juillet - Anwar Ibrahim a téléphoné jeudi aux dirigeants thaïlandais et cambodgien. Il les a exhortés à conclure une trêve.|CEASEFIRE|called_for",
            "KUALA LUMPUR, 24 juillet - Anwar Ibrahim a reçu jeudi les ministres thaïlandaise et cambodgienne. Il les a exhortées à conclure une trêve.|CEASEFIRE|called_for"})
    void anAgreeingParticipleKeepsItsStatus(String text, String type, String status) {
        var found = events(tag(text, "2025-07-24"), type);
        assertEquals(1, found.size(), text);
        assertEquals(status, found.get(0).getStatus(), text);
    }
}
