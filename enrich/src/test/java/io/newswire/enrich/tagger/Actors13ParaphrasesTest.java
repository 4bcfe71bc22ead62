package io.newswire.enrich.tagger;

import io.newswire.schemas.ActorTag;
import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.OpenWorldActorsTest.actor;
import static io.newswire.enrich.tagger.OpenWorldActorsTest.only;
import static io.newswire.enrich.tagger.OpenWorldActorsTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open-world actors of the sixth blind round (session s32, actors13): each test a family, with wordings written here
 * (not the gold sets' texts) and a look-alike.
 */
class Actors13ParaphrasesTest {

    private static void holder(EnrichedDispatch e, String name, String country, String role, boolean former) {
        ActorTag a = only(e, name);
        assertEquals(country, a.getCountry(), name);
        assertEquals(role, a.getRole(), name);
        assertEquals(former, a.getFormer(), name + (former ? " held the office before" : " holds the office"));
        assertFalse(a.getLinked(), name + " is no person of the knowledge base");
    }

    @Test
    void aSenatorTakesTheStateOfTheDateline() {
        holder(tag("WASHINGTON, March 4 - Senator Tammy Duckworth said the cuts would hurt veterans.", "2025-03-04", "en"),
                "Tammy Duckworth", "USA", "senator", false);
        holder(tag("WASHINGTON, 4 mars - La sénatrice Elizabeth Warren a dénoncé mardi les licenciements.", "2025-03-04", "fr"),
                "Elizabeth Warren", "USA", "senator", false);
        holder(tag("MANILA, May 3 - Senator Risa Hontiveros called for an inquiry.", "2025-05-03", "en"),
                "Risa Hontiveros", "PHL", "senator", false);
        assertTrue(tag("LOS ANGELES, May 3 - Harrison Ford plays Senator Paul Weller in the new drama.", "2025-05-03", "en").getActors().isEmpty(),
                "a character's office in a drama is no actor");
    }

    @Test
    void aHolderAndTheOneHeTakesOverFrom() {
        EnrichedDispatch en = tag("OTTAWA, July 18 - General Jennie Carignan, who replaces Wayne Eyre, took office on Thursday as Canada's chief of the defence staff.",
                "2024-07-18", "en");
        holder(en, "Jennie Carignan", "CAN", "army_chief", false);
        holder(en, "Wayne Eyre", "CAN", "army_chief", true);
        EnrichedDispatch taking = tag("CANBERRA, July 10 - Admiral David Johnston became Australia's chief of the defence force on Wednesday, taking over from Angus Campbell.",
                "2024-07-10", "en");
        holder(taking, "David Johnston", "AUS", "army_chief", false);
        holder(taking, "Angus Campbell", "AUS", "army_chief", true);
        EnrichedDispatch fr = tag("PARIS, 1er septembre - Le général Pierre Schill remplace lundi le général Thierry Burkhard comme chef d'état-major des armées.",
                "2025-09-01", "fr");
        holder(fr, "Pierre Schill", "FRA", "army_chief", false);
        holder(fr, "Thierry Burkhard", "FRA", "army_chief", true);
        EnrichedDispatch other = tag("PARIS, 3 juin - Le ministre de l'Intérieur, Gérald Darmanin, a reçu lundi son homologue belge, qui remplace Annelies Verlinden depuis février.",
                "2025-06-03", "fr");
        assertTrue(actor(other, "Annelies Verlinden").isEmpty(), "another's predecessor, not the interior minister's");
        assertTrue(tag("LONDON, May 3 - Chelsea manager Enzo Maresca, who replaced Mauricio Pochettino, said the title race was over.", "2025-05-03", "en")
                .getActors().isEmpty(), "a club's manager and his predecessor are no actors");
    }

    @Test
    void aLeaderPhraseAfterACompanyOfficeIsTheCompanyChief() {
        EnrichedDispatch fr = tag("TURIN, 2 décembre - Le PDG de Stellantis, Carlos Tavares, a démissionné dimanche. Le dirigeant portugais a quitté le groupe avec effet immédiat.",
                "2024-12-02", "fr");
        assertTrue(actor(fr, "Luís Montenegro").isEmpty() && actor(fr, "Marcelo").isEmpty(), "the company's chief, not Portugal's leader");
        EnrichedDispatch en = tag("TOKYO, Dec 23 - Honda chief executive Toshihiro Mibe confirmed merger talks. The Japanese leader said a decision would come in June.",
                "2024-12-23", "en");
        assertTrue(actor(en, "Shigeru Ishiba").isEmpty(), "the company's chief, not Japan's prime minister");
        assertEquals("giorgia-meloni", only(tag("ROME, 25 novembre - La dirigeante italienne a défendu lundi son budget devant le Sénat.", "2024-11-25", "fr"),
                "Giorgia Meloni").getId(), "with no company's office before it, the leader phrase is the state's");
    }

    @Test
    void aBodyAfterTheDemonymMakesTheOfficeTheBodys() {
        assertTrue(tag("MADRID, Aug 26 - FIFA suspended Luis Rubiales, the president of the Spanish football federation, on Saturday.", "2023-08-26", "en")
                .getActors().isEmpty(), "a federation's president is no actor and names no head of state");
        assertTrue(tag("MADRID, Aug 26 - Rafael Louzan, president of the Spanish Football Federation, said the bid was strong.", "2025-08-26", "en")
                .getActors().isEmpty(), "the federation's words are no person's name");
        assertEquals("emmanuel-macron", only(tag("PARIS, Aug 26 - Emmanuel Macron, the president of the French Republic, spoke on Saturday.", "2023-08-26", "en"),
                "Emmanuel Macron").getId());
    }

    @Test
    void frenchChamberAndArmyTitles() {
        holder(tag("PARIS, 4 mars - Le président de l'Assemblée, Claude Bartolone, a ouvert la séance.", "2016-03-04", "fr"),
                "Claude Bartolone", "FRA", "speaker", false);
        holder(tag("PARIS, 4 mars - Le chef d'état-major de l'armée de terre, le général Thierry Burkhard, a présenté son plan.", "2020-03-04", "fr"),
                "Thierry Burkhard", "FRA", "army_chief", false);
    }
}
