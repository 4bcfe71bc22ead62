package io.newswire.aggregate;

import io.newswire.schemas.Event;
import io.newswire.schemas.Participant;
import io.newswire.schemas.ParticipantPart;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PartiesTest {
    @Test
    void aCountryThatIsOnlyThePlaceIsNoParty() {
        Event talksInParis = event(List.of("FRA", "RUS", "UKR"),
                part("RUS", ParticipantPart.PARTICIPANT), part("UKR", ParticipantPart.PARTICIPANT), part("FRA", ParticipantPart.LOCATION));

        assertEquals(List.of("RUS", "UKR"), Parties.countriesOf(talksInParis));
    }

    @Test
    void thePlaceThatAlsoTakesPartStays() {
        Event hostedInAnkara = event(List.of("TUR", "RUS", "UKR"),
                part("TUR", ParticipantPart.LOCATION), part("RUS", ParticipantPart.PARTICIPANT), part("UKR", ParticipantPart.PARTICIPANT),
                part("TUR", ParticipantPart.HOST));

        assertEquals(List.of("RUS", "TUR", "UKR"), Parties.countriesOf(hostedInAnkara));
    }

    @Test
    void countriesComeSortedOnceEachAndOnesWithoutParticipantStay() {
        Event call = event(List.of("USA", "RUS", "USA", "CHN"), part("RUS", ParticipantPart.PARTICIPANT));

        assertEquals(List.of("CHN", "RUS", "USA"), Parties.countriesOf(call));
    }

    private static Event event(List<String> countries, Participant... participants) {
        Event event = new Event();
        event.setCountries(countries);
        event.setParticipants(List.of(participants));
        return event;
    }

    private static Participant part(String country, ParticipantPart part) {
        return new Participant(country, null, part.wireName());
    }
}
