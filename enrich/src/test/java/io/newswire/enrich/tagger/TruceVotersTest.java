package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "a exigé un cessez-le-feu à Gaza, par 153 voix pour, Israël et les Etats-Unis ayant voté contre": the tally of a vote
 * is a clause of its own, the states that voted are no sides of the truce demanded; its sides are the war's.
 */
class TruceVotersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "NEW YORK, 12 décembre - L'Assemblée générale des Nations unies a demandé mardi un cessez-le-feu à Gaza, par 150 voix pour, les Etats-Unis et Israël ayant voté contre.",
            "NEW YORK, 12 décembre - L'Assemblée générale de l'ONU a réclamé une trêve humanitaire à Gaza par 150 voix pour et 10 voix contre, dont celles d'Israël et des Etats-Unis.",
            "NEW YORK, Dec 12 - The U.N. General Assembly demanded a ceasefire in Gaza on Tuesday, with 150 votes in favour, the United States and Israel voting against.",
            "NEW YORK, Dec 12 - The U.N. General Assembly demanded a ceasefire in Gaza on Tuesday by 150 votes to 10, with the United States and Israel among those against."})
    void theStatesThatVotedAreNoSidesOfTheTruce(String text) {
        var truces = events(tag(text, "2023-12-12"), "CEASEFIRE");
        assertEquals(1, truces.size(), text);
        assertEquals(Set.of("ISR", "PSE"), Set.copyOf(truces.get(0).getCountries()), text);
    }
}
