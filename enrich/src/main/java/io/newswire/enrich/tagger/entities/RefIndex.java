package io.newswire.enrich.tagger.entities;

import java.util.List;

/** Which country or actor reference covers each token of a dispatch, for the readers that look around a word. */
final class RefIndex {

    private final Ref[] country;
    private final Ref[] actor;

    RefIndex(int tokens, List<Ref> countryRefs, List<Ref> actorRefs) {
        country = new Ref[tokens];
        actor = new Ref[tokens];
        for (Ref r : countryRefs) for (int t = r.from(); t < r.to(); t++) country[t] = r;
        for (Ref r : actorRefs) for (int t = r.from(); t < r.to(); t++) actor[t] = r;
    }

    /** The country reference covering the token, or null. */
    Ref countryAt(int token) {
        return token < 0 || token >= country.length ? null : country[token];
    }

    /** The actor reference covering the token, or null. */
    Ref actorAt(int token) {
        return token < 0 || token >= actor.length ? null : actor[token];
    }

    void addActor(Ref r) {
        for (int t = r.from(); t < r.to(); t++) actor[t] = r;
    }

    void removeActor(Ref r) {
        for (int t = r.from(); t < r.to(); t++) if (actor[t] == r) actor[t] = null;
    }
}
