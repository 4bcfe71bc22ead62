package io.newswire.enrich.overlay;

import io.newswire.enrich.tagger.SharedSet;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.enrich.tagger.kb.ActorOverlay;
import io.newswire.enrich.tagger.kb.KbSource;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.schemas.KbActor;
import io.newswire.schemas.KbTenure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** `newswire kb import` reads the Wikidata exports the README's query gives and the every-politician lists. */
class KbImportTest {

    private static final KnowledgeBase KB = Tagger.loadDefault().knowledgeBase();
    private static final PositionTitles TITLES = PositionTitles.load(KbSource.classpath(), KB);
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    /** A SPARQL JSON result as query.wikidata.org returns it, written for this test. */
    private static final String SPARQL_JSON = """
            {"head": {"vars": ["person", "personLabel", "country", "positionLabel", "start", "end"]},
             "results": {"bindings": [
              {"person": {"type": "uri", "value": "http://www.wikidata.org/entity/Q4502263"},
               "personLabel": {"xml:lang": "en", "type": "literal", "value": "Andrei Karlov"},
               "country": {"type": "literal", "value": "RUS"},
               "positionLabel": {"xml:lang": "en", "type": "literal", "value": "Ambassador of Russia to Turkey"},
               "start": {"datatype": "http://www.w3.org/2001/XMLSchema#dateTime", "type": "literal", "value": "2013-07-12T00:00:00Z"},
               "end": {"datatype": "http://www.w3.org/2001/XMLSchema#dateTime", "type": "literal", "value": "2016-12-19T00:00:00Z"}},
              {"person": {"type": "uri", "value": "http://www.wikidata.org/entity/Q4502263"},
               "personLabel": {"xml:lang": "en", "type": "literal", "value": "Andrei Karlov"},
               "country": {"type": "literal", "value": "RUS"},
               "positionLabel": {"xml:lang": "en", "type": "literal", "value": "Ambassador of Russia to North Korea"},
               "start": {"type": "literal", "value": "2001-12-13T00:00:00Z"}, "end": {"type": "literal", "value": "2006-07-21T00:00:00Z"}},
              {"person": {"type": "uri", "value": "http://www.wikidata.org/entity/Q123"},
               "personLabel": {"type": "literal", "value": "Someone Speaking"},
               "country": {"type": "literal", "value": "RUS"},
               "positionLabel": {"type": "literal", "value": "Chairman of the State Duma"}}]}}
            """;

    @Test
    void sparqlJsonResultsGiveOneEntryPerPersonWithEveryOffice(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ambassadors.json"), SPARQL_JSON);
        PositionHolders.Read read = PositionHolders.read(file, null);
        KbEntries.Import result = new KbEntries(KB).fromHoldings(read.holdings(), TITLES, "test export", NOW);

        assertEquals(1, result.entries().size(), "the speaker of parliament makes no actor");
        KbActor karlov = result.entries().get(0);
        assertEquals("andrei-karlov", karlov.getId());
        assertEquals("Q4502263", karlov.getWikidata());
        assertEquals(2, karlov.getTenures().size());
        KbTenure turkey = karlov.getTenures().stream().filter(t -> t.getFrom().getYear() == 2013).findFirst().orElseThrow();
        assertEquals("ambassador", turkey.getRole());
        assertEquals(LocalDate.of(2016, 12, 19), turkey.getTo());
        assertTrue(OverlayPeople.problems(KB, karlov).isEmpty());
    }

    @Test
    void wikidataQueryServiceCsvWithUrisAndTimestampsIsRead(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("query.csv"), """
                person,personLabel,country,positionLabel,start,end
                http://www.wikidata.org/entity/Q4502263,Andrei Karlov,RUS,Ambassador of Russia to Turkey,2013-07-12T00:00:00Z,2016-12-19T00:00:00Z
                """);
        KbEntries.Import result = new KbEntries(KB).fromHoldings(PositionHolders.read(file, null).holdings(), TITLES, "test", NOW);
        assertEquals("Andrei Karlov", result.entries().get(0).getName());
        assertEquals("RUS", result.entries().get(0).getCountry());
    }

    @Test
    void aPersonTheKnowledgeBaseKnowsKeepsTheShippedIdAliasesAndTenures() {
        ActorOverlay.Person putin = new KbEntries(KB).person("Vladimir Putin", "RUS", List.of(),
                List.of(new io.newswire.enrich.tagger.kb.RoleTenure(null, "RUS", "prime_minister", LocalDate.of(1999, 8, 16), LocalDate.of(2000, 5, 7))), null);
        assertEquals("vladimir-putin", putin.actor().id());
        assertTrue(putin.actor().aliases().contains("Poutine"), putin.actor().aliases().toString());
        assertTrue(putin.tenures().stream().anyMatch(t -> t.role().equals("president")), "the shipped tenures stay");
        assertTrue(putin.tenures().stream().anyMatch(t -> t.role().equals("prime_minister") && t.from().getYear() == 1999));
    }

    @Test
    void everyPoliticianListsInBothLayoutsAreRead() {
        Path actors = SharedSet.dir().resolve("actors");
        assumeTrue(Files.exists(actors.resolve("wikidata-sample-fra.csv")), SharedSet.ABSENT);
        KbEntries entries = new KbEntries(KB);
        for (String country : List.of("fra", "rus", "tur")) {
            PositionHolders.Read read = PositionHolders.read(actors.resolve("wikidata-sample-" + country + ".csv"), country.toUpperCase());
            assertTrue(read.problems().isEmpty(), read.problems().toString());
            KbEntries.Import result = entries.fromHoldings(read.holdings(), TITLES, "every-politician " + country, NOW);
            List<String> invalid = result.entries().stream().filter(e -> !OverlayPeople.problems(KB, e).isEmpty()).map(KbActor::getName).toList();
            System.out.printf("%s: %d holdings, %d with a role, %d people, %d titles no rule reads%n", country, result.holdings(), result.mapped(),
                    result.entries().size(), result.unknownTitles().size());
            assertTrue(invalid.isEmpty(), invalid.toString());
            assertTrue(result.mapped() > result.holdings() * 3 / 4, result.unknownTitles().toString());
        }
        PositionHolders.Read turkey = PositionHolders.read(actors.resolve("wikidata-sample-tur.csv"), "TUR");
        KbActor erdogan = entries.fromHoldings(turkey.holdings(), TITLES, "tur", NOW).entries().stream()
                .filter(e -> e.getWikidata() != null && e.getWikidata().equals("Q39259")).findFirst().orElseThrow();
        assertEquals("recep-tayyip-erdogan", erdogan.getId(), "Recep Tayyip Erdoğan of Wikidata is the shipped Erdogan");
        assertTrue(erdogan.getTenures().stream().anyMatch(t -> t.getRole().equals("prime_minister")));
    }
}
