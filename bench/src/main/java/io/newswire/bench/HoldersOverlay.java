package io.newswire.bench;

import io.newswire.enrich.overlay.KbEntries;
import io.newswire.enrich.overlay.OverlayPeople;
import io.newswire.enrich.overlay.PositionHolders;
import io.newswire.enrich.overlay.PositionTitles;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.enrich.tagger.kb.ActorOverlay;
import io.newswire.enrich.tagger.kb.KbSource;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.schemas.KbActor;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The overlay {@code newswire kb import FILE} would put on the kb-actors topic, built in memory: a position-holders
 * file (-Dnewswire.bench.overlay=FILE, e.g. ../shared/actors/holders.csv) read as the import reads it.
 */
final class HoldersOverlay {

    static final String PROPERTY = "newswire.bench.overlay";

    private HoldersOverlay() {
    }

    /** The file the property names, or null when no overlay is asked for. */
    static Path file() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    /** The default tagger, reading each dispatch against the overlay when one is asked for, as enrich does. */
    static Tagger tagger() {
        Tagger plain = Tagger.loadDefault();
        Path file = file();
        if (file == null) return plain;
        ActorOverlay overlay = of(plain.knowledgeBase(), file);
        return plain.withOverlay(() -> overlay);
    }

    static ActorOverlay of(KnowledgeBase kb, Path file) {
        PositionHolders.Read read = PositionHolders.read(file, null);
        KbEntries.Import imported = new KbEntries(kb).fromHoldings(read.holdings(), PositionTitles.load(KbSource.classpath(), kb), "bench", Instant.now());
        List<ActorOverlay.Person> people = new ArrayList<>();
        for (KbActor entry : imported.entries()) {
            if (OverlayPeople.problems(kb, entry).isEmpty()) people.add(OverlayPeople.person(entry));
        }
        return ActorOverlay.of(kb, people);
    }
}
