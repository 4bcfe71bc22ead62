package io.newswire.enrich.tagger.kb;

import io.newswire.enrich.tagger.Tagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bad knowledge file stops loading with the file, the line and what is wrong. Each test lays one bad file over the
 * shipped knowledge base, in a temporary directory.
 */
class StrictLoadingTest {

    @TempDir
    Path dir;

    @Test
    void shippedKnowledgeBaseLoads() {
        assertNotNull(Tagger.load(KbSource.classpath()));
    }

    @Test
    void missingFileOfADeclaredLanguageIsNamed() throws IOException {
        write("kb/lexicon/languages.tsv", "# lang\tname\tlexicon\tnote", "en\tEnglish\tyes\t", "fr\tFrench\tyes\t", "es\tSpanish\tyes\t");

        assertFails("kb/lexicon/profile-es.tsv: missing");
    }

    @Test
    void unknownColumnIsNamedWithItsLine() throws IOException {
        write("kb/lexicon/places.tsv", "# a comment before the header", "# place\tcountry\tregion\tnote", "Idlib\tSYR\tnorth-west\t");

        assertFails("kb/lexicon/places.tsv:2: unknown column(s) [region]");
    }

    @Test
    void lineWithAMissingCellIsNamed() throws IOException {
        write("kb/lexicon/places.tsv", "# place\tcountry\tnote", "Idlib\tSYR\t", "Donbass\tUKR");

        assertFails("kb/lexicon/places.tsv:3: 2 cells, expected 3");
    }

    @Test
    void unknownCueKindIsNamedWithItsLine() throws IOException {
        write("kb/lexicon/cues-en.tsv", "# cue\tvalue\tform\tnote", "modality\tdenied\tdenied\t", "rumour\t-\treportedly\t");

        assertFails("kb/lexicon/cues-en.tsv:3: unknown cue kind 'rumour'");
    }

    @Test
    void cueValueMustFitItsKind() throws IOException {
        write("kb/lexicon/cues-en.tsv", "# cue\tvalue\tform\tnote", "modality\tsigned\tsigned\t");

        assertFails("kb/lexicon/cues-en.tsv:2: value 'signed': a modality cue needs an event status");
    }

    @Test
    void unknownAmbiguityRuleIsNamedWithItsLine() throws IOException {
        write("kb/lexicon/ambiguity.tsv", "# form\trule\tcue\tnote", "Georgia\tstop_sometimes\tatlanta\t");

        assertFails("kb/lexicon/ambiguity.tsv:2: unknown ambiguity rule 'stop_sometimes'");
    }

    @Test
    void unknownTriggerTypeIsNamedWithItsLine() throws IOException {
        write("kb/lexicon/triggers-en.tsv", "# type\tstatus\tform\tword\tframe\tnote", "VISIT\toccurred\tvisited\tverb\t-\t");

        assertFails("kb/lexicon/triggers-en.tsv:2: unknown event type 'VISIT'");
    }

    @Test
    void triggerOfATypeNoRuleReadsIsRefused() throws IOException {
        write("kb/lexicon/triggers-en.tsv", "# type\tstatus\tform\tword\tframe\tnote", "STATEMENT\toccurred\tsaid\tverb\t-\t");

        assertFails("kb/lexicon/triggers-en.tsv:2: event type STATEMENT has no rule that reads it");
    }

    @Test
    void eventTypeWithoutCodesIsRefused() throws IOException {
        write("kb/lexicon/event-codes.tsv", "# type\tstatus\tmode\tcameo\tgoldstein\tplover_event\tplover_mode\tnote",
                "PHONE_CALL\t*\t*\t041\t1.0\tCONSULT\tphone\t", "SUMMIT_PROPOSAL\t*\t*\t036\t4.0\tAGREE\tmeet\t", "CEASEFIRE\t*\t*\t0871\t9.0\tCONCEDE\tceasefire\t");

        assertFails("kb/lexicon/event-codes.tsv: event type MEETING has no codes");
    }

    @Test
    void malformedDateInARoleIsNamedWithItsLine() throws IOException {
        write("kb/roles.tsv", "# actor_id\tcountry\trole\tfrom\tto\tsource", "vladimir-putin\tRUS\tpresident\t2012-05-07\tsoon\tWikipedia");

        assertFails("kb/roles.tsv:2: to 'soon' is not a date");
    }

    @Test
    void leadingOfficeMustBeARoleTheKnowledgeBaseKnows() throws IOException {
        write("kb/lexicon/leading-offices.tsv", "# country\tleads\tsource\tnote", "DEU\tkaiser\tWikipedia\t");

        assertFails("kb/lexicon/leading-offices.tsv:2: leads 'kaiser' is neither a role of kb/roles.tsv nor a role of role-fallbacks.tsv");
    }

    @Test
    void stateWithTwoLeadingOfficesIsRefused() throws IOException {
        write("kb/lexicon/leading-offices.tsv", "# country\tleads\tsource\tnote", "DEU\thead_of_government\tWikipedia\t", "DEU\tpresident\tWikipedia\t");

        assertFails("kb/lexicon/leading-offices.tsv:3: country 'DEU' is listed twice");
    }

    @Test
    void profileFlagTakesYesOnly() throws IOException {
        write("kb/lexicon/profile-en.tsv", "# setting\tvalue\tnote", "demonym_position\tbefore_noun\t", "name_owns_title\tsometimes\t");

        assertFails("kb/lexicon/profile-en.tsv:3: name_owns_title is yes when set, not 'sometimes'");
    }

    @Test
    void localTitleMustBeATitleOfItsLanguage() throws IOException {
        write("kb/lexicon/local-titles.tsv", "# lang\tform\tcountry\trole\tsource\tnote", "en\tforeign secretery\tIND\tforeign_secretary\tWikipedia\t");

        assertFails("kb/lexicon/local-titles.tsv:2: 'foreign secretery' is no title of en (kb/titles.tsv)");
    }

    private void write(String path, String... lines) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    private void assertFails(String expected) {
        KnowledgeFileException e = assertThrows(KnowledgeFileException.class, () -> Tagger.load(KbSource.classpath().over(dir)));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
