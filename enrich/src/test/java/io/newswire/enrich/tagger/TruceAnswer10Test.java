package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** One side's answer to a truce proposal, told in a later sentence, is the truce's latest stage (session s30, wave 2). */
class TruceAnswer10Test {

    @Test
    void aRefusalToldLaterOfTheTruceItselfRejectsTheProposal() {
        assertTruce(tag("KYIV, Jan 5 - Russia proposed a truce with Ukraine on Thursday. Shelling went on in Kherson. "
                + "Kyiv rejected the Russian truce on Friday.", "2023-01-05"), "rejected", "RUS", "UKR");
        assertTruce(tag("GAZA, Jan 10 - Egypt put forward a plan for a week-long truce between Israel and Hamas on Tuesday. "
                + "Aid trucks waited at the Rafah crossing. On Wednesday Israel turned down the truce plan.", "2024-01-10"), "rejected", "ISR", "PSE");
        assertTruce(tag("MOSCOU, 5 janvier - La Russie a proposé jeudi une trêve avec l'Ukraine. Les bombardements se poursuivaient à Kherson. "
                + "Kiev a rejeté vendredi cette trêve.", "2023-01-05"), "rejected", "RUS", "UKR");
    }

    @Test
    void aDeniedExistenceToldLaterRejectsTheProposal() {
        assertTruce(tag("JERUSALEM, Sept 26 - The United States and France proposed an immediate 21-day ceasefire across the Israel-Lebanon "
                + "border on Wednesday. Israeli warplanes kept striking targets in southern Lebanon. On Thursday, Foreign Minister "
                + "Israel Katz wrote on X that there would be no ceasefire in the north.", "2024-09-26"), "rejected", "ISR", "LBN");
    }

    @Test
    void anAcceptanceToldLaterAgreesTheProposal() {
        assertTruce(tag("MOSCOW, March 11 - The United States proposed a 30-day ceasefire between Russia and Ukraine. Talks went on in Jeddah. "
                + "Kyiv accepted the ceasefire later that day.", "2025-03-11"), "agreed", "RUS", "UKR");
    }

    @Test
    void whatTheProposalWouldBringIsNoAnswer() {
        assertTruce(tag("WASHINGTON, May 31 - Joe Biden on Friday set out an Israeli proposal to halt the fighting in Gaza for six weeks. "
                + "He said the first phase would bring a full and complete ceasefire.", "2024-05-31"), "proposed", "ISR", "PSE");
    }

    @Test
    void aRefusalOfTheProposalByItsNounInTheNextSentenceRejectsTheTruce() {
        assertTruce(tag("KYIV, Jan 5 - Moscow proposed a 30-day truce with Ukraine on Thursday. Kyiv dismissed the offer within hours.",
                "2023-01-05"), "rejected", "RUS", "UKR");
        assertTruce(tag("KIEV, 5 janvier - Moscou a proposé jeudi une trêve de 30 jours avec l'Ukraine. Kiev a balayé cette offre.",
                "2023-01-05"), "rejected", "RUS", "UKR");
    }

    @Test
    void aRefusalOfAnotherThingInTheNextSentenceLeavesTheProposal() {
        assertTruce(tag("KYIV, Jan 5 - Moscow proposed a 30-day truce with Ukraine on Thursday. Kyiv rejected the grain deal.",
                "2023-01-05"), "proposed", "RUS", "UKR");
    }
}
