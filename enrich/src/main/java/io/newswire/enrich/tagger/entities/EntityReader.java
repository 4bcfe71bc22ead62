package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.Actor;
import io.newswire.enrich.tagger.kb.ActorDirectory;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.text.AnalyzedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the people and countries of a dispatch, in the order each step needs the last: known people by name, then
 * countries (outside their names), then role phrases; people the knowledge base does not know from the phrase next to
 * their name; then the holders the remaining phrases stand for; then the later mentions of the new people.
 */
public final class EntityReader {

    /**
     * What a dispatch refers to: every reference in text order, the roles the dispatch gives people next to their names,
     * and the states that phrases of a past office name next to a person ("Former U.S. Secretary of State Henry
     * Kissinger", "L'ancien chancelier allemand Gerhard Schröder"): each such country reference, its person; and those of
     * such phrases that name nobody ("met the former U.S. secretary of state"), whose holder speaks for no state either.
     */
    public record Entities(List<Ref> refs, Map<String, StatedRole> stated, Map<Ref, Actor> pastTitleCountries, Set<Ref> unnamedPastTitleCountries) {

        /** Whether the dispatch names the person in a past office only: "former" next to the name, and no office on the date. */
        public boolean former(Actor actor, ActorDirectory people, LocalDate date) {
            StatedRole role = stated.get(actor.id());
            return role != null && role.former() && (!people.knows(actor) || people.roleOn(actor, date) == null);
        }

        /**
         * The references as the event rules read them: a former office holder still stands in the text (a pronoun may
         * refer to them) but speaks for no state, so their references carry no country, nor does the state their past
         * office's phrase names ("Former French president Nicolas Sarkozy met Putin": no French side).
         */
        public List<Ref> speakingForStates(ActorDirectory people, LocalDate date) {
            List<Ref> out = new ArrayList<>(refs.size());
            for (Ref r : refs) {
                Actor holder = r.actor() != null ? r.actor() : pastTitleCountries.get(r);
                boolean former = r.country() != null && (holder != null ? former(holder, people, date) : unnamedPastTitleCountries.contains(r));
                out.add(former ? new Ref(r.from(), r.to(), null, r.actor(), r.via(), r.sentence(), r.locative()) : r);
            }
            return out;
        }
    }

    private final ActorMatcher actors = new ActorMatcher();
    private final CountryMatcher countries;
    private final TitleFinder titles;
    private final OpenWorldActors openWorld;
    private final RoleResolver roles = new RoleResolver();

    public EntityReader(KnowledgeBase kb) {
        this.countries = new CountryMatcher(kb);
        this.titles = new TitleFinder(kb);
        this.openWorld = new OpenWorldActors(kb);
    }

    public Entities read(AnalyzedText text, ActorDirectory people) {
        List<Ref> actorRefs = actors.find(text, people);
        boolean[] names = new boolean[text.tokens().size()];
        for (Ref r : actorRefs) for (int t = r.from(); t < r.to(); t++) names[t] = true;
        List<Ref> countryRefs = countries.find(text, names);
        RefIndex index = new RefIndex(text.tokens().size(), countryRefs, actorRefs);
        List<TitlePhrase> phrases = titles.find(text, index);
        OpenWorldActors.Found found = openWorld.find(text, people, phrases, index, actorRefs, countryRefs);

        List<Ref> named = new ArrayList<>(actorRefs.size() + found.names().size());
        Set<Ref> namesakes = surnamesOfOpenActors(text, actorRefs, found);
        for (Ref r : actorRefs) if (!found.droppedKnown().contains(r) && !namesakes.contains(r)) named.add(r);
        named.addAll(found.names());
        List<Ref> refs = new ArrayList<>(named);
        List<TitlePhrase> resolvable = new ArrayList<>(phrases);
        resolvable.removeAll(found.otherHolder());                     // an office the dispatch gives someone else: not the real holder's mention
        refs.addAll(roles.find(text, people, resolvable, countryRefs, named, found.stated()));
        List<Ref> taken = new ArrayList<>(refs);
        taken.addAll(countryRefs);
        refs.addAll(OpenActorMentions.find(text, found, phrases, taken));
        refs.addAll(countryRefs);
        refs.sort(Comparator.comparingInt(Ref::from));
        Map<Ref, Actor> pastTitleCountries = new HashMap<>();
        found.pastTitles().forEach((phrase, person) -> phrase.countries().forEach(country -> pastTitleCountries.put(country, person)));
        Set<Ref> unnamedPastTitleCountries = new HashSet<>();
        for (TitlePhrase p : phrases) if (p.former() && !found.used().contains(p)) unnamedPastTitleCountries.addAll(p.countries());
        return new Entities(refs, found.stated(), pastTitleCountries, unnamedPastTitleCountries);
    }

    /**
     * A known person's bare surname after an open actor of that surname is named in full, the known person never named
     * in full ("Amber Rudd resigned ... Rudd had been under pressure": not Kevin Rudd): the open actor's later mention.
     */
    private static Set<Ref> surnamesOfOpenActors(AnalyzedText text, List<Ref> actorRefs, OpenWorldActors.Found found) {
        Set<Ref> out = new HashSet<>();
        if (found.actors().isEmpty()) return out;
        for (Ref r : actorRefs) {
            if (r.actor() == null || r.to() - r.from() != 1) continue;
            String term = text.tokens().get(r.from()).term();
            boolean openBefore = false;
            for (OpenWorldActors.OpenActor a : found.actors()) {
                List<String> terms = a.nameTerms();
                openBefore |= terms.size() > 1 && terms.get(terms.size() - 1).equals(term) && a.firstToken() < r.from();
            }
            if (!openBefore) continue;
            boolean inFull = false;
            for (Ref other : actorRefs) inFull |= other.actor() == r.actor() && other.to() - other.from() > 1;
            if (!inFull) out.add(r);
        }
        return out;
    }
}
