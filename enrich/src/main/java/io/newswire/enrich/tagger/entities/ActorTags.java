package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.ActorDirectory;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.schemas.ActorTag;
import io.newswire.schemas.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The actor tags of a dispatch: one per person, in order of first mention, with every mention. */
public final class ActorTags {

    private ActorTags() {
    }

    public static List<ActorTag> of(AnalyzedText text, EntityReader.Entities entities, ActorDirectory people) {
        Map<String, ActorTag> tags = new LinkedHashMap<>();
        for (Ref r : entities.refs()) {
            if (r.actor() == null) continue;
            ActorTag tag = tags.get(r.actor().id());
            if (tag == null) {      // all-fields constructors: a builder copies defaults and validates each field per record
                boolean linked = people.knows(r.actor());
                String role = linked ? people.roleOn(r.actor(), text.referenceDate()) : null;
                StatedRole stated = entities.stated().get(r.actor().id());
                boolean former = entities.former(r.actor(), people, text.referenceDate());
                if (role == null && stated != null) role = stated.role();
                tag = new ActorTag(r.actor().id(), r.actor().name(), r.actor().country(), role, linked, former, new ArrayList<>());
                tags.put(r.actor().id(), tag);
            }
            tag.getMentions().add(mention(text, r, r.via()));
        }
        return new ArrayList<>(tags.values());
    }

    /** The span of a reference as a mention of the body. */
    public static Mention mention(AnalyzedText text, Ref r, String via) {
        int start = text.tokens().get(r.from()).start();
        int end = text.tokens().get(r.to() - 1).end();
        return new Mention(start, end, text.body().substring(start, end), via, r.sentence());
    }
}
