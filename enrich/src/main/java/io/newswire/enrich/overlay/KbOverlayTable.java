package io.newswire.enrich.overlay;

import io.newswire.enrich.tagger.kb.ActorOverlay;
import io.newswire.enrich.tagger.kb.KnowledgeBase;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The people of the kb-actors topic as this enrich instance has read them, and the overlay the tagger reads each
 * dispatch against. The topic's reader changes the people; the next dispatch finds the version moved on and builds
 * one new immutable overlay, which every stream thread then shares until the next change.
 */
public final class KbOverlayTable implements Supplier<ActorOverlay> {

    private record Snapshot(long version, ActorOverlay overlay) {
    }

    private final KnowledgeBase kb;
    private final Map<String, ActorOverlay.Person> people = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private volatile Snapshot snapshot = new Snapshot(0, ActorOverlay.EMPTY);

    public KbOverlayTable(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** A later entry for the same id replaces the earlier one. */
    public void put(ActorOverlay.Person person) {
        people.put(person.actor().id(), person);
        version.incrementAndGet();
    }

    /** A tombstone: the shipped knowledge base speaks for this id again. */
    public void remove(String id) {
        if (people.remove(id) != null) version.incrementAndGet();
    }

    public int size() {
        return people.size();
    }

    /** The overlay of the people read so far; one volatile read and a comparison while nothing changed. */
    @Override
    public ActorOverlay get() {
        Snapshot s = snapshot;
        if (s.version() == version.get()) return s.overlay();
        synchronized (this) {
            s = snapshot;
            long now = version.get();
            if (s.version() != now) {
                s = new Snapshot(now, ActorOverlay.of(kb, people.values()));
                snapshot = s;
            }
            return s.overlay();
        }
    }
}
