package io.newswire.enrich.tagger;

import io.newswire.schemas.ActorTag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.dispatch;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A state's leader named by role only ("the Indian leader", "le dirigeant grec") is the holder of the office that
 * leads that state on the date (kb/lexicon/leading-offices.tsv): the head of government of a parliamentary republic or
 * a constitutional monarchy, the monarch where he governs, and the president elsewhere.
 */
class LeadingOfficesTest {

    private static final Tagger TAGGER = Tagger.loadDefault();

    private static List<String> actors(String body, String date, String lang) {
        return TAGGER.tag(dispatch(body, date, lang)).getActors().stream().map(ActorTag::getName).toList();
    }

    @Test
    void parliamentaryRepublicsAreLedByTheirHeadOfGovernment() {
        assertEquals(List.of("Olaf Scholz", "Narendra Modi"),
                actors("NEW DELHI, Feb 25 - The German leader held talks with the Indian leader in New Delhi on Saturday.", "2023-02-25", "en"));
        assertEquals(List.of("Benjamin Netanyahu"), actors("JERUSALEM, Dec 30 - The Israeli leader said on Saturday the war would go on for many more months.", "2023-12-30", "en"));
        assertEquals(List.of("Kyriakos Mitsotakis"), actors("ATHENES, 5 mars - Le dirigeant grec a demandé pardon dimanche aux familles des victimes de la collision ferroviaire.", "2023-03-05", "fr"));
    }

    @Test
    void constitutionalMonarchiesByTheirPrimeMinisterAndGoverningMonarchsByThemselves() {
        assertEquals(List.of("Fumio Kishida"), actors("TOKYO, Aug 14 - The Japanese leader said on Wednesday he would step down in September.", "2024-08-14", "en"));
        assertEquals(List.of("Abdullah II"), actors("AMMAN, Oct 17 - The Jordanian leader called off on Tuesday a summit he was due to host on Wednesday.", "2023-10-17", "en"));
        assertEquals(List.of("Tamim bin Hamad Al Thani"), actors("DOHA, 24 octobre - Le dirigeant qatari a appelé mardi à mettre fin à la guerre.", "2023-10-24", "fr"));
    }

    @Test
    void presidentialStatesKeepTheirPresident() {
        assertEquals(List.of("Emmanuel Macron", "Recep Tayyip Erdogan"),
                actors("PARIS, June 2 - The French leader said on Friday that the Turkish leader had called him.", "2023-06-02", "en"));
    }
}
