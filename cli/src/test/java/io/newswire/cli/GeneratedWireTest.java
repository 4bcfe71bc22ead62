package io.newswire.cli;

import io.newswire.aggregate.bench.NewsGenerator;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The generated wire written as text is read back by the tagger exactly as generated: the kill matrix's expectations hold. */
class GeneratedWireTest {

    @Test
    void taggerReadsEveryGeneratedDispatchAsTheGeneratorMeantIt() {
        GeneratedWire wire = GeneratedWire.load();
        Tagger tagger = Tagger.loadDefault();
        List<String> misread = new ArrayList<>();
        List<NewsGenerator.Sent> records = NewsGenerator.generate(ClusterKillMatrixTest.SEED, ClusterKillMatrixTest.SHAPE).records();
        for (NewsGenerator.Sent sent : records) {
            GeneratedWire.Post post = wire.post(sent);
            if (post.text().isBlank()) {
                misread.add(post.id() + " v" + post.version() + ": empty, which ingest refuses");
            }
            EnrichedDispatch tagged = tagger.tag(Dispatch.newBuilder().setId(post.id()).setVersion(post.version()).setSource("AFP")
                    .setLanguage("en").setBody(post.text()).setPublished(post.published()).setReceived(Instant.now()).build());
            Set<String> expected = sent.value().getEvents().stream().map(e -> wire.describe(e, true)).collect(Collectors.toCollection(TreeSet::new));
            Set<String> read = tagged.getEvents().stream().map(e -> wire.describe(e, false)).collect(Collectors.toCollection(TreeSet::new));
            if (!expected.equals(read) || !tagged.getReferenceDate().equals(sent.value().getReferenceDate())) {
                misread.add(post.id() + " v" + post.version() + ":\n  " + post.text().replace("\n\n", "\n  ") + "\n  expected " + expected + "\n  read     " + read);
            }
        }
        assertEquals(List.of(), misread.subList(0, Math.min(10, misread.size())), misread.size() + " of " + records.size() + " misread");
    }
}
