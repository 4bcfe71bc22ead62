package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.Actor;

/**
 * A span of tokens that refers to a country and possibly to an actor.
 *
 * @param from      first token
 * @param to        one past the last token
 * @param country   alpha-3 code (null when unknown)
 * @param actor     the actor, when the span names or designates a person
 * @param via       name, alias, role, coreference, demonym, capital, seat, institution, actor
 * @param sentence  sentence index
 * @param locative  whether the span stands after a locative preposition ("in Minsk", "à Moscou"): a venue
 */
public record Ref(int from, int to, String country, Actor actor, String via, int sentence, boolean locative) {

    public Ref withVia(String v, int newFrom, int newTo) {
        return new Ref(newFrom, newTo, country, actor, v, sentence, locative);
    }
}
