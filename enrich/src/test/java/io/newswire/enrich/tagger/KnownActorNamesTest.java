package io.newswire.enrich.tagger;

import io.newswire.schemas.ActorTag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.dispatch;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Known people named by a listed form that starts with a lower-case title, as French copy writes them mid-sentence. */
class KnownActorNamesTest {

    private static final Tagger TAGGER = Tagger.loadDefault();

    private static List<String> actors(String body, String date) {
        return TAGGER.tag(dispatch(body, date, "fr")).getActors().stream().map(ActorTag::getName).toList();
    }

    @Test
    void lowerCaseTitleAndNameMidSentence() {
        assertEquals(List.of("Emmanuel Macron", "Mohammed bin Salman"),
                actors("DJEDDAH, 4 décembre - Emmanuel Macron a été reçu samedi par le prince héritier Mohammed ben Salmane.", "2021-12-04"));
        assertEquals(List.of("Haitham bin Tariq"), actors("MASCATE, 11 janvier - Le pays s'est rangé derrière le sultan Haitham samedi.", "2020-01-11"));
        assertEquals(List.of("Pope Francis"), actors("ROME, 13 mars - Les fidèles ont fêté lundi les dix ans du pontificat du pape François.", "2023-03-13"));
    }

    @Test
    void theTitleAloneNamesNoOneByTheListedForm() {
        assertEquals(List.of(), actors("MASCATE, 11 janvier - Le nouveau sultan a prêté serment samedi devant le conseil de la famille.", "2020-01-11"));
    }
}
