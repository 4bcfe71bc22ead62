package io.newswire.enrich.tagger;

import io.newswire.enrich.tagger.kb.KbSource;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.newswire.enrich.tagger.TaggerTest.dispatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spanish, added from the data files of test resource folder third-language/ alone: no Java names the language. */
class ThirdLanguageTest {

    private static final Tagger WITH_SPANISH = Tagger.load(KbSource.classpath().over("third-language"));

    private static final String CALL = "Vladimir Putin y Recep Tayyip Erdogan hablaron por teléfono el viernes sobre la situación en Idlib.";

    @Test
    void spanishCallIsReadFromTheSpanishFiles() {
        EnrichedDispatch e = WITH_SPANISH.tag(dispatch(CALL, "2020-02-23", "es"));

        assertEquals("es", e.getLanguage());
        assertTrue(e.getEventsSupported());
        Event call = only(e, EventType.PHONE_CALL);
        assertEquals(List.of("RUS", "TUR"), call.getCountries());
        assertEquals(EventStatus.OCCURRED.wireName(), call.getStatus());
        assertEquals(LocalDate.of(2020, 2, 21), call.getDate(), "'viernes' from calendar-es.tsv");
        assertEquals("weekday", call.getDateSource());
        assertEquals("por teléfono", call.getEvidence().get(0).getTrigger());
    }

    @Test
    void spanishSummitProposalAndCeasefireTakeTheirStatusFromSpanishCues() {
        EnrichedDispatch e = WITH_SPANISH.tag(dispatch("Erdogan propuso una cumbre con Putin, Macron y Merkel. "
                + "Putin y Erdogan acordaron un alto el fuego en Idlib.", "2020-02-23", "es"));

        Event summit = only(e, EventType.SUMMIT_PROPOSAL);
        assertEquals(EventStatus.PROPOSED.wireName(), summit.getStatus());
        assertEquals(Set.of("DEU", "FRA", "RUS", "TUR"), new TreeSet<>(summit.getCountries()));
        Event truce = only(e, EventType.CEASEFIRE);
        assertEquals(EventStatus.AGREED.wireName(), truce.getStatus());
        assertTrue(truce.getCountries().containsAll(List.of("RUS", "SYR", "TUR")), truce.getCountries().toString());
        assertEquals("Idlib", truce.getLocation());
    }

    @Test
    void spanishIsDetectedWhenNotDeclared() {
        EnrichedDispatch e = WITH_SPANISH.tag(dispatch("Según el Kremlin, Vladimir Putin y Recep Tayyip Erdogan hablaron por teléfono "
                + "el viernes sobre los combates en Idlib, una de las regiones del norte de Siria, y sobre la posibilidad de una tregua "
                + "para los civiles.", "2020-02-23", null));

        assertEquals("es", e.getLanguage());
        assertEquals(List.of("RUS", "TUR"), only(e, EventType.PHONE_CALL).getCountries());
    }

    @Test
    void withoutTheSpanishFilesTheSameDispatchHasNoEvents() {
        EnrichedDispatch e = Tagger.loadDefault().tag(dispatch(CALL, "2020-02-23", "es"));

        assertEquals("es", e.getLanguage());
        assertFalse(e.getEventsSupported());
        assertTrue(e.getEvents().isEmpty());
        assertTrue(e.getActors().size() == 2, "actors are found in any language");
    }

    private static Event only(EnrichedDispatch e, EventType type) {
        List<Event> found = e.getEvents().stream().filter(ev -> ev.getType().equals(type.wireName())).toList();
        assertEquals(1, found.size(), type + " in " + e.getEvents());
        return found.get(0);
    }
}
