package io.newswire.enrich.tagger;

import io.newswire.schemas.ActorTag;
import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.only;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open-world actors on new French wording (session s29, the fr-actors10 set): an appointee read across a day, an article
 * and a rank, through "comme", and a second appointee after "et"; a title owned by the state that opens its sentence
 * ("La Chine ... son ambassadeur"); a successor after an active verb of replacing ("a remplacé X par Y"); a central
 * bank's governor and a state's mediator; a bare title after a verb of being, no holder of the day; and their look-alikes.
 */
class AppointeesAndOwnedTitlesTest {

    @Test
    void anAppointeeIsReadAcrossADayARankAndComme() {
        EnrichedDispatch two = tag("ANKARA, 3 juin - Le président a nommé samedi le général de brigade Ali Veli chef d'état-major de l'armée "
                + "et le général Musa Kola chef de l'état-major général.", "2023-06-03", "fr");
        assertEquals("TUR", only(two, "Ali Veli").getCountry());
        assertEquals("army_chief", only(two, "Musa Kola").getRole());
        ActorTag vandier = only(tag("PARIS, 3 juin - Le président a nommé hier l'amiral Pierre Vandier comme chef d'état-major de la Marine.", "2023-06-03", "fr"), "Pierre Vandier");
        assertEquals("FRA", vandier.getCountry());
        EnrichedDispatch journalist = tag("PARIS, 3 juin - Le président a nommé hier le journaliste Jean Dupont comme chef de la communication.", "2023-06-03", "fr");
        assertTrue(journalist.getActors().isEmpty(), "a press chief: " + journalist.getActors().stream().map(ActorTag::getName).toList());
    }

    @Test
    void aPossessiveAfterAStateSubjectIsThatStates() {
        ActorTag zhang = only(tag("PARIS, 2 mars - Pékin a rappelé mardi son ambassadeur, Zhang Ming, pour consultations.", "2023-03-02", "fr"), "Zhang Ming");
        assertEquals("CHN", zhang.getCountry());
        assertEquals("ambassador", zhang.getRole());
        EnrichedDispatch club = tag("PARIS, 2 mars - A Paris, l'entreprise a remercié son président, Jean Dupont, mardi.", "2023-03-02", "fr");
        assertTrue(club.getActors().isEmpty(), "a company's president: " + club.getActors().stream().map(ActorTag::getName).toList());
    }

    @Test
    void aCentralBanksGovernorIsNoPoliticalActorAndAStatesMediatorIs() {
        EnrichedDispatch agbal = tag("ANKARA, 20 mars - Le gouverneur de la Banque centrale turque Naci Agbal a été limogé samedi.", "2021-03-20", "fr");
        assertTrue(agbal.getActors().isEmpty(), "a central bank's governor is not among the annotated actor kinds: " + agbal.getActors().stream().map(ActorTag::getName).toList());
        ActorTag khulaifi = only(tag("DOHA, 11 octobre - Le médiateur qatari Mohammed al-Khulaifi a reçu les délégations.", "2023-10-11", "fr"), "Mohammed al-Khulaifi");
        assertEquals("QAT", khulaifi.getCountry());
        assertEquals("envoy", khulaifi.getRole());
        EnrichedDispatch au = tag("ADDIS-ABEBA, 11 octobre - Le médiateur de l'Union africaine, Olusegun Obasanjo, est arrivé mardi.", "2022-10-11", "fr");
        assertTrue(au.getActors().stream().noneMatch(a -> "envoy".equals(a.getRole())), "an organisation's mediator");
    }

    @Test
    void anActiveReplacementNamesTheSuccessorAfterPar() {
        ActorTag kola = only(tag("ANKARA, 8 février - Le président a remplacé le ministre des Finances Ali Veli par Musa Kola, un ancien banquier.", "2024-02-08", "fr"), "Musa Kola");
        assertEquals("TUR", kola.getCountry());
        assertEquals("finance_minister", kola.getRole());
        EnrichedDispatch coach = tag("PARIS, 8 février - Le club a remplacé son entraîneur Ali Veli par Musa Kola.", "2024-02-08", "fr");
        assertTrue(coach.getActors().isEmpty(), "a club's coach: " + coach.getActors().stream().map(ActorTag::getName).toList());
    }

    @Test
    void aBareTitleAfterAVerbOfBeingIsTheSubjectsOfficeNotItsHolder() {
        EnrichedDispatch fiction = tag("PARIS, 3 novembre - Le film raconte l'histoire d'un avocat devenu Premier ministre britannique.", "2022-11-03", "fr");
        assertTrue(fiction.getActors().isEmpty(), "a character's office: " + fiction.getActors().stream().map(ActorTag::getName).toList());
        assertEquals("GBR", only(tag("LONDRES, 3 novembre - Rishi Sunak, devenu Premier ministre britannique la semaine dernière, a parlé.", "2022-11-03", "fr"), "Rishi Sunak").getCountry());
    }
}
