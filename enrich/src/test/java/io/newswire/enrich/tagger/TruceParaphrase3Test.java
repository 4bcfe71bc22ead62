package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Truce statuses and look-alikes told in other words (session s30, blind paraphrases, fourth round): the mechanisms the paratruce3 sets showed missing. */
class TruceParaphrase3Test {

    @Test
    void aTruceInAContestNamedInItsComplementIsNoCeasefire() {
        assertNone(tag("WASHINGTON, Oct 30 - The United States and China agreed a truce in their escalating trade war on Thursday.", "2025-10-30"), "CEASEFIRE");
        assertNone(tag("RIYADH, April 12 - Saudi Arabia and Russia called a truce in their month-long oil price war on Sunday.", "2020-04-12"), "CEASEFIRE");
        assertNone(tag("RIYAD, 12 avril - Riyad et Moscou ont conclu une trêve dans leur guerre des prix du pétrole.", "2020-04-12"), "CEASEFIRE");
        // a truce in a war between armed forces stands
        assertTruce(tag("MOSCOW, Oct 10 - Armenia and Azerbaijan agreed a truce in their war over Nagorno-Karabakh on Saturday.", "2020-10-10"),
                "agreed", "ARM", "AZE");
    }

    @Test
    void aTruceOfHistoryNamedAgainIsStillHistory() {
        assertNone(tag("LONDON, Dec 12 - Britain marked the Christmas truce of 1914 on Friday. The prince said the truce showed that humanity survived.",
                "2014-12-12"), "CEASEFIRE");
        assertNone(tag("PARIS, 11 nov - Le président a rendu hommage aux soldats de la trêve de Noël 1914. Cette trêve reste dans toutes les mémoires, a-t-il dit.",
                "2024-11-11"), "CEASEFIRE");
        assertNone(tag("PARIS, 11 nov - La trêve olympique a été célébrée jeudi. La trêve reste un symbole.", "2024-11-11"), "CEASEFIRE");
        // a breach told after the history is news
        assertTruce(tag("BAKU, Sept 13 - The 1994 truce ended the first war over Karabakh. Armenia and Azerbaijan accused each other of violating the ceasefire on Tuesday.",
                "2022-09-13"), "violated", "ARM", "AZE");
    }

    @Test
    void otherFormsOfTakingHoldSigningAndGivingConsent() {
        assertTruce(tag("GAZA, Aug 8 - Truce between Israel and Islamic Jihad takes hold in Gaza.", "2022-08-08"), "in_force", "ISR", "PSE");
        assertTruce(tag("MOSCOW, Aug 16 - Medvedev put his signature on Saturday to the ceasefire plan for Georgia.", "2008-08-16"), "agreed", "GEO", "RUS");
        assertTruce(tag("TBILISSI, 13 août - Moscou et Tbilissi donnent leur accord à un cessez-le-feu en Géorgie.", "2008-08-13"), "agreed", "GEO", "RUS");
    }

    @Test
    void theSidesOfAnObjectRelativeOnTheTruceAreItsSides() {
        assertTruce(tag("BISHKEK, Sept 16 - A ceasefire that the security chiefs of Kyrgyzstan and Tajikistan agreed on Friday failed to hold.", "2022-09-16"),
                "ended", "KGZ", "TJK");
        assertTruce(tag("MOSCOW, March 20 - The truce which Russia and Ukraine signed in March collapsed on Tuesday.", "2025-03-20"), "ended", "RUS", "UKR");
        assertTruce(tag("EREVAN, 12 oct - Le cessez-le-feu que l'Arménie et l'Azerbaïdjan avaient conclu samedi a été violé dès dimanche.", "2020-10-12"),
                "violated", "ARM", "AZE");
        // an armed group named in that relative is a side too
        var e = tag("CAIRO, Nov 20 - The truce that Egypt brokered between Israel and Hamas collapsed on Tuesday.", "2023-11-20");
        assertTruce(e, "ended", "ISR", "PSE");
        assertFalse(TaggerTest.events(e, "CEASEFIRE").get(0).getCountries().contains("EGY"), "the broker is no side");
    }

    @Test
    void aTruceMadeInAReportWhosePronounStandsForTwoStatesHasThemAsSides() {
        assertTruce(tag("NEW DELHI, Feb 25 - India and Pakistan said on Thursday that their armies had agreed to observe the ceasefire.", "2021-02-25"),
                "agreed", "IND", "PAK");
        assertTruce(tag("NEW DELHI, Feb 25 - India and Pakistan said on Thursday that they had agreed to strictly observe the ceasefire in Kashmir.", "2021-02-25"),
                "agreed", "IND", "PAK");
        assertTruce(tag("NEW DELHI, 25 fév - L'Inde et le Pakistan ont annoncé jeudi qu'ils s'étaient engagés à respecter le cessez-le-feu au Cachemire.",
                "2021-02-25"), "agreed", "IND", "PAK");
        // who say they want one ask for it and are no sides
        var e = tag("PARIS, March 2 - France and Germany said they wanted a ceasefire in Ukraine.", "2025-03-02");
        assertFalse(TaggerTest.events(e, "CEASEFIRE").get(0).getCountries().contains("FRA"), "the callers are no sides");
    }

    @Test
    void aTruceInATariffWarIsNoCeasefire() {
        assertNone(tag("BUSAN, 30 octobre - Trump et Xi sont convenus d'une trêve d'un an dans la guerre des droits de douane qui oppose leurs pays.",
                "2025-10-30"), "CEASEFIRE");
    }

    @Test
    void aLastingTruceThatTalksAfterATruceAreToReachIsThePlansNextStep() {
        assertTruce(tag("CAIRO, Oct 27 - Sisi on Sunday proposed a two-day ceasefire between Israel and Hamas in Gaza. Talks on a lasting truce would follow within ten days, he said.",
                "2024-10-27"), "proposed", "ISR", "PSE");
        assertTruce(tag("DOHA, Jan 15 - Israel and Hamas agreed on Wednesday to a six-week truce in Gaza. Talks on a permanent ceasefire will begin on the 16th day, Qatar said.",
                "2025-01-15"), "agreed", "ISR", "PSE");
        // alone, talks on a permanent ceasefire tell a truce under discussion
        assertTruce(tag("DOHA, Jan 15 - Israeli and Hamas negotiators resumed talks on a permanent ceasefire in Gaza on Wednesday.", "2025-01-15"),
                "under_discussion", "ISR", "PSE");
    }

    @Test
    void statesThatAskTogetherForTheirOwnTruceAreItsSides() {
        assertTruce(tag("BAKU, Oct 2 - Armenia and Azerbaijan both called for a ceasefire in Nagorno-Karabakh on Friday.", "2020-10-02"),
                "called_for", "ARM", "AZE");
        assertTruce(tag("DOHA, March 18 - Qatar hosted Rwandan President Paul Kagame and Congolese President Felix Tshisekedi on Tuesday. "
                + "The two presidents called for an immediate ceasefire in eastern Congo.", "2025-03-18"), "called_for", "COD", "RWA");
        // states that ask for a truce in a third state's war are no sides
        var e = tag("PARIS, March 2 - France and Germany called for a ceasefire in Ukraine.", "2025-03-02");
        assertFalse(TaggerTest.events(e, "CEASEFIRE").get(0).getCountries().contains("FRA"), "the callers are no sides");
    }

    @Test
    void aSponsorInAFrontedPhraseSponsorsNoStateNamedAfterItsComma() {
        assertTruce(tag("LUANDA, 30 juillet - Réunis à Luanda sous l'égide du président angolais, les ministres des Affaires étrangères de la RDC et du Rwanda "
                + "sont convenus d'un cessez-le-feu dans l'est de la RDC.", "2024-07-30"), "agreed", "COD", "RWA");
        assertTruce(tag("MOSCOW, Oct 10 - Meeting in Moscow under the auspices of Russia's foreign minister, the foreign ministers of Armenia and Azerbaijan agreed on a truce.",
                "2020-10-10"), "agreed", "ARM", "AZE");
        // a list of sponsors stays one phrase
        var e = tag("CAIRO, Nov 22 - A truce brokered by Egypt, Qatar and the United States between Israel and Hamas took effect on Friday.", "2023-11-22");
        assertTruce(e, "in_force", "ISR", "PSE");
        assertFalse(TaggerTest.events(e, "CEASEFIRE").get(0).getCountries().contains("USA"), "the sponsors are no sides");
    }
}
