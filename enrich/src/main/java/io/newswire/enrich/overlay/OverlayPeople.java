package io.newswire.enrich.overlay;

import io.newswire.enrich.tagger.kb.Actor;
import io.newswire.enrich.tagger.kb.ActorOverlay;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.RoleTenure;
import io.newswire.schemas.KbActor;
import io.newswire.schemas.KbTenure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An entry of the kb-actors topic as a person of the tagger's overlay, and back. */
public final class OverlayPeople {

    private OverlayPeople() {
    }

    /** The overlay person of a topic entry (unchecked: see {@link ActorOverlay#problems}). */
    public static ActorOverlay.Person person(KbActor entry) {
        Actor actor = new Actor(entry.getId(), entry.getName(), entry.getCountry(), List.copyOf(entry.getAliases()));
        List<RoleTenure> tenures = new ArrayList<>(entry.getTenures().size());
        for (KbTenure t : entry.getTenures()) tenures.add(new RoleTenure(entry.getId(), t.getCountry(), t.getRole(), t.getFrom(), t.getTo()));
        return new ActorOverlay.Person(actor, List.copyOf(tenures));
    }

    /** The topic entry of an overlay person. */
    public static KbActor entry(ActorOverlay.Person p, String source, String wikidata, Instant updated) {
        List<KbTenure> tenures = new ArrayList<>(p.tenures().size());
        for (RoleTenure t : p.tenures()) tenures.add(new KbTenure(t.country(), t.role(), t.from(), t.to()));
        return new KbActor(p.actor().id(), p.actor().name(), p.actor().country(), new ArrayList<>(p.actor().aliases()), tenures, source, wikidata, updated);
    }

    /** What is wrong with an entry, in words an editor understands; empty when it may join the overlay. */
    public static List<String> problems(KnowledgeBase kb, KbActor entry) {
        return ActorOverlay.problems(kb, person(entry));
    }
}
