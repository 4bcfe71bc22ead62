package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two truces of the same sides in one dispatch (issue 11, session s26): kept apart by a truce's own scope ("a ceasefire
 * in the Black Sea", "the halt to strikes on energy", "la trêve de Pâques", "un cessez-le-feu complet") or its own past
 * day ("a truce collapsed in December 2023"), each with its status; one truce told twice is one.
 */
class TwoTrucesTest {

    /** The statuses of the dispatch's truces between the sides, in the order tagged. */
    private static List<String> truces(EnrichedDispatch e, String... sides) {
        List<Event> truces = events(e, "CEASEFIRE");
        for (Event t : truces) assertTrue(t.getCountries().containsAll(List.of(sides)), truces.toString());
        return truces.stream().map(Event::getStatus).toList();
    }

    @Test
    void aTruceAtSeaAndOneOnEnergyAreTwo() {
        assertEquals(List.of("agreed", "violated"), truces(tag("KYIV, March 26 - Ukraine and Russia agreed on Tuesday to a maritime ceasefire, "
                + "while each accused the other of breaching the halt to strikes on energy facilities.", "2025-03-26"), "RUS", "UKR"));
        assertEquals(List.of("agreed", "violated"), truces(tag("KIEV, 26 mars - L'Ukraine et la Russie ont accepté mardi un cessez-le-feu en mer "
                + "Noire. Kiev accuse Moscou de violer l'arrêt des frappes sur les infrastructures énergétiques.", "2025-03-26"), "RUS", "UKR"));
    }

    @Test
    void anEasterTruceAndAFullOneAreTwo() {
        assertEquals(List.of("agreed", "proposed"), truces(tag("MOSCOU, 20 avril - Vladimir Poutine a décrété samedi une trêve de Pâques en "
                + "Ukraine. Kiev a proposé dimanche un cessez-le-feu complet.", "2025-04-20"), "RUS", "UKR"));
    }

    @Test
    void aTruceOfSomeDaysAndAPermanentOneAreTwo() {
        assertEquals(List.of("agreed", "rejected"), truces(tag("JERUSALEM, Nov 22 - Israel accepted a four-day truce in Gaza on Wednesday, "
                + "but ruled out a permanent ceasefire.", "2023-11-22"), "ISR", "PSE"));
        assertEquals(List.of("rejected", "agreed"), truces(tag("JERUSALEM, March 27 - Israel rejected calls for a permanent ceasefire in Gaza, "
                + "saying it had agreed only to a temporary truce.", "2024-03-27"), "ISR", "PSE"));
        assertTruce(tag("LE CAIRE, 2 mai - Le Hamas a réclamé jeudi un cessez-le-feu permanent à Gaza, ajoutant que cette trêve permanente "
                + "devait mettre fin à la guerre.", "2024-05-02"), "called_for", "ISR", "PSE");
    }

    @Test
    void oneTruceToldTwiceWithItsScopeIsOne() {
        assertTruce(tag("MOSCOW, March 18 - Russia agreed on Tuesday to a halt to strikes on energy facilities in Ukraine. The Kremlin said "
                + "the halt to strikes on energy targets would last 30 days.", "2025-03-18"), "agreed", "RUS", "UKR");
        assertTruce(tag("KIEV, 19 mars - La Russie et l'Ukraine ont accepté une pause des frappes sur les infrastructures énergétiques. "
                + "Kiev a demandé aux Etats-Unis de surveiller cette trêve partielle.", "2025-03-19"), "agreed", "RUS", "UKR");
    }

    @Test
    void anOlderTruceOnItsOwnDayIsAnother() {
        assertEquals(List.of("in_force", "ended"), truces(tag("GAZA, Jan 19 - A ceasefire took effect in Gaza on Sunday, 14 months after a "
                + "truce between Israel and Hamas collapsed in December 2023.", "2025-01-19"), "ISR", "PSE"));
        assertEquals(List.of("agreed", "ended"), truces(tag("BAKOU, 17 octobre - L'Arménie et l'Azerbaïdjan ont accepté samedi un nouveau "
                + "cessez-le-feu, une semaine après l'effondrement de la trêve conclue le 10 octobre.", "2020-10-17"), "ARM", "AZE"));
    }

    @Test
    void aNewTruceBesideThePreviousOneIsTheNewOne() {
        assertTruce(tag("CAIRO, March 27 - Qatar proposed a new ceasefire in Gaza on Thursday, a week after the previous truce broke down.",
                "2025-03-27"), "proposed", "ISR", "PSE");
        assertTruce(tag("LE CAIRE, 27 mars - Le Qatar a proposé jeudi un nouveau cessez-le-feu à Gaza, une semaine après l'effondrement de la "
                + "précédente trêve.", "2025-03-27"), "proposed", "ISR", "PSE");
    }

    @Test
    void theDayATruceTookEffectIsNoOlderTruce() {
        assertTruce(tag("GAZA, March 18 - The truce in Gaza broke down on Tuesday, the worst day of strikes since the ceasefire took effect "
                + "in January.", "2025-03-18"), "ended", "ISR", "PSE");
    }

    @Test
    void aTruceWithItsDayToComeIsOne() {
        assertTruce(tag("DOHA, Jan 15 - Israel and Hamas agreed on Wednesday to a ceasefire in Gaza. The truce is to take effect on "
                + "Sunday, January 19.", "2025-01-15"), "agreed", "ISR", "PSE");
    }
}
