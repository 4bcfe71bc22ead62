package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.sides;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who a count anaphor ("both leaders", "les deux dirigeants") stands for when more people were named (session s26, both-leaders). */
class CountAnaphorsTest {

    @Test
    void bothLeadersAreThePairNamedNotTheirHost() {
        EnrichedDispatch en = tag("WASHINGTON, Dec 4 - Rwandan President Paul Kagame and Congolese President Felix Tshisekedi signed a peace "
                + "accord on Thursday at a ceremony hosted by U.S. President Donald Trump.\n\nAngolan President Joao Lourenco, who had "
                + "spoken by phone with both leaders on Wednesday, welcomed the accord.", "2025-12-04");
        assertEquals(List.of(List.of("AGO", "COD"), List.of("AGO", "RWA")),
                sides(en, "PHONE_CALL", "occurred").stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList());
        EnrichedDispatch fr = tag("WASHINGTON, 4 décembre - Le président rwandais Paul Kagame et le président congolais Félix Tshisekedi "
                + "ont signé jeudi un accord de paix, lors d'une cérémonie organisée par le président américain Donald Trump.\n\n"
                + "Le président angolais Joao Lourenço, qui s'était entretenu mercredi au téléphone avec les deux dirigeants, a salué l'accord.", "2025-12-04");
        assertTrue(sides(fr, "PHONE_CALL", "occurred").stream().noneMatch(c -> c.contains("USA")));
    }

    @Test
    void aSpeakerNamedFirstIsNotOneOfTheTwo() {
        EnrichedDispatch en = tag("DOHA, Oct 19 - Qatar's foreign ministry said on Sunday that Pakistani Prime Minister Shehbaz Sharif "
                + "and Afghan Prime Minister Mohammad Hassan Akhund had agreed to an immediate ceasefire.\n\nTurkish President "
                + "Tayyip Erdogan, who had spoken by phone with both leaders on Saturday, hailed the truce.", "2025-10-19");
        assertTrue(sides(en, "PHONE_CALL", "occurred").stream().noneMatch(c -> c.contains("QAT")));
    }

    @Test
    void threeLeadersNamedAreTheThreeLeaders() {
        EnrichedDispatch en = tag("CAMP DAVID, Aug 18 - U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South "
                + "Korean President Yoon Suk Yeol on Friday.\n\nThe three leaders agreed to meet every year.", "2023-08-18");
        assertTrue(sides(en, "SUMMIT_PROPOSAL", "agreed").contains(List.of("JPN", "KOR", "USA")));
    }
}
