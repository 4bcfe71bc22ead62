package io.newswire.enrich.tagger;

import io.newswire.schemas.ActorTag;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.newswire.enrich.tagger.TaggerTest.dispatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People the knowledge base does not know, recognised from the role phrase next to their name (issue 12). */
class OpenWorldActorsTest {

    private static final Tagger TAGGER = Tagger.loadDefault();

    static EnrichedDispatch tag(String body, String date, String lang) {
        return TAGGER.tag(dispatch(body, date, lang));
    }

    static Optional<ActorTag> actor(EnrichedDispatch e, String nameStart) {
        return e.getActors().stream().filter(a -> a.getName().startsWith(nameStart)).findFirst();
    }

    static ActorTag only(EnrichedDispatch e, String nameStart) {
        return actor(e, nameStart).orElseThrow(() -> new AssertionError(nameStart + " not among " + e.getActors().stream().map(ActorTag::getName).toList()));
    }

    private static List<String> mentions(ActorTag a) {
        return a.getMentions().stream().map(m -> m.getText() + "/" + m.getVia()).toList();
    }

    @Test
    void aTitleNamesTheOfficeItNamesInItsState() {
        EnrichedDispatch e = tag("DHAKA - Bangladesh's Foreign Secretary Jashim Uddin received his Indian counterpart.", "2024-12-09", "en");
        ActorTag uddin = only(e, "Jashim Uddin");
        assertEquals("foreign_secretary", uddin.getRole(), "in South Asia the foreign secretary is the ministry's senior diplomat");
        assertTrue(actor(e, "Touhid Hossain").isEmpty(), "not the foreign adviser who holds the minister's office");
        assertEquals("foreign_minister", only(tag("LONDON - British Foreign Secretary David Lammy answered questions.", "2024-12-09", "en"), "David Lammy").getRole());
    }

    @Test
    void anAideTakesTheStateOfTheOfficeHeServes() {
        ActorTag nykyforov = only(tag("KYIV - The spokesman for Ukraine's president, Serhiy Nykyforov, answered reporters' questions.", "2022-11-29", "en"), "Serhiy Nykyforov");
        assertEquals("UKR", nykyforov.getCountry());
        assertEquals("spokesperson", nykyforov.getRole());
        ActorTag nyamitwe = only(tag("BUJUMBURA, 29 novembre - Le conseiller spécial du président burundais, Willy Nyamitwe, a été blessé lundi.", "2016-11-29", "fr"), "Willy Nyamitwe");
        assertEquals("BDI", nyamitwe.getCountry());
        ActorTag podolyak = only(tag("KYIV - Zelenskiy adviser Mykhailo Podolyak answered reporters' questions.", "2022-02-28", "en"), "Mykhailo Podolyak");
        assertEquals("UKR", podolyak.getCountry(), "a name right before the title owns it, as a possessive would");
        assertTrue(actor(tag("BRUXELLES - Le porte-parole de la présidente de la Commission européenne, Eric Mamer, a répondu aux questions des journalistes.", "2024-06-02", "fr"), "Eric Mamer").isEmpty(),
                "an organisation president's spokesperson speaks for no state");
    }

    @Test
    void possessiveAndCommaNameTheAmbassadorWithCountryAndRole() {
        ActorTag karlov = only(tag("ANKARA, Dec 19 - Russia's ambassador to Turkey, Andrei Karlov, was shot dead on Monday.", "2016-12-19", "en"), "Andrei Karlov");
        assertEquals("andrei-karlov", karlov.getId());
        assertEquals("RUS", karlov.getCountry(), "the ambassador's country, not the host's");
        assertEquals("ambassador", karlov.getRole());
        assertFalse(karlov.getLinked());
    }

    @Test
    void frenchTitleWithTheCountryAfterItAndTheNameAfterTheComma() {
        ActorTag karlov = only(tag("Les ministres se sont réunis au lendemain de l'assassinat à Ankara de l'ambassadeur de Russie en Turquie, Andreï Karlov.",
                "2016-12-20", "fr"), "Andreï Karlov");
        assertEquals("andrei-karlov", karlov.getId(), "the same id as the English spelling: accents and case folded");
        assertEquals("RUS", karlov.getCountry());
        assertEquals("ambassador", karlov.getRole());
    }

    @Test
    void titleBeforeTheNameWithTheDemonymInsideAFrenchTitle() {
        EnrichedDispatch e = tag("Une délégation a été reçue jeudi par le vice-ministre russe des Affaires étrangères Mikhaïl Bogdanov.", "2023-10-26", "fr");
        ActorTag bogdanov = only(e, "Mikhaïl Bogdanov");
        assertEquals("RUS", bogdanov.getCountry());
        assertEquals("deputy_foreign_minister", bogdanov.getRole());
    }

    @Test
    void appositionAfterTheNameTakesTheCountryNamedBefore() {
        EnrichedDispatch e = tag("Trump declined to endorse the finding of his own intelligence agencies on the U.S. election. "
                + "Dan Coats, the director of national intelligence, issued a statement standing by it.", "2018-07-16", "en");
        ActorTag coats = only(e, "Dan Coats");
        assertEquals("USA", coats.getCountry());
        assertEquals("intelligence_chief", coats.getRole());
    }

    @Test
    void laterMentionsBySurnameHonorificAndRoleAloneAreTheSamePerson() {
        EnrichedDispatch e = tag("ANKARA, Dec 19 - Russia's ambassador to Turkey, Andrei Karlov, was shot dead on Monday. "
                + "Karlov had served in Ankara since 2013. Mr. Karlov's body will be flown home. The ambassador was 62.", "2016-12-19", "en");
        ActorTag karlov = only(e, "Andrei Karlov");
        assertEquals(List.of("Andrei Karlov/name", "Karlov/surname", "Mr. Karlov/surname", "ambassador/role"), mentions(karlov));
        assertEquals(1, e.getActors().stream().filter(a -> a.getId().equals("andrei-karlov")).count());
    }

    @Test
    void frenchHonorificAndNameWithAParticle() {
        EnrichedDispatch e = tag("PARIS, 19 février - Le ministre de l'Economie, Bruno Le Maire, a annoncé dix milliards d'euros d'économies "
                + "pour la France. M. Le Maire a exclu toute hausse d'impôts.", "2024-02-19", "fr");
        ActorTag minister = only(e, "Bruno Le Maire");
        assertEquals("FRA", minister.getCountry(), "no country in the phrase: the one named before it (the dateline's)");
        assertEquals("economy_minister", minister.getRole());
        assertEquals(List.of("Bruno Le Maire/name", "M. Le Maire/surname"), mentions(minister));
    }

    @Test
    void aFormerOfficeIsTheNamedPersonNotTheHolderOfTheDay() {
        EnrichedDispatch e = tag("L'ancien secrétaire d'Etat américain Henry Kissinger est mort mercredi à l'âge de 100 ans.", "2023-11-30", "fr");
        ActorTag kissinger = only(e, "Henry Kissinger");
        assertTrue(kissinger.getFormer());
        assertEquals("foreign_minister", kissinger.getRole());
        assertTrue(actor(e, "Antony Blinken").isEmpty(), "the secretary of state of the day is not named: " + e.getActors());
    }

    @Test
    void aKnownPersonNamedWithAPhraseStaysTheKnownPerson() {
        EnrichedDispatch e = tag("Russian President Vladimir Putin met Turkish Foreign Minister Hakan Fidan.", "2024-06-11", "en");
        assertTrue(e.getActors().stream().allMatch(ActorTag::getLinked), e.getActors().toString());
        assertEquals("vladimir-putin", only(e, "Vladimir Putin").getId());
    }

    @Test
    void capitalisedWordsWithoutARoleAreNoActor() {
        EnrichedDispatch e = tag("Maria Petrova and Ivan Sokolov walked through Red Square on Sunday with Wall Street Journal reporter Evan Gershkovich.",
                "2023-03-01", "en");
        assertTrue(e.getActors().isEmpty(), e.getActors().toString());
    }

    @Test
    void anOrganisationsPresidentIsNoActor() {
        assertTrue(tag("FIFA President Gianni Infantino said the tournament would go ahead.", "2022-11-19", "en").getActors().isEmpty());
        assertTrue(tag("Le président du comité d'organisation des Jeux, Tony Estanguet, s'est baigné dans la Seine.", "2024-07-17", "fr")
                .getActors().isEmpty());
        assertTrue(tag("« Nous attendons des gestes », a dit Aminata Coulibaly, présidente d'une association de femmes de Bamako.",
                "2013-01-20", "fr").getActors().isEmpty());
    }

    @Test
    void aMayorNamedAfterACityTakesTheCountryOfTheDateline() {
        ActorTag mayor = only(tag("ANKARA, May 29 - Istanbul Mayor Ekrem Imamoglu had campaigned at his side.", "2023-05-29", "en"), "Ekrem Imamoglu");
        assertEquals("TUR", mayor.getCountry());
        assertEquals("mayor", mayor.getRole());
        ActorTag moscow = only(tag("Moscow Mayor Sergei Sobyanin said two people had sought medical help.", "2023-05-30", "en"), "Sergei Sobyanin");
        assertEquals("RUS", moscow.getCountry());
    }

    @Test
    void aRoleSomeoneElseHoldsDoesNotNameTheWordsBeforeIt() {
        EnrichedDispatch e = tag("Interrogé sur ce projet révélé par le Financial Times, le président américain a répondu que ce n'était pas une bonne idée.",
                "2022-07-21", "fr");
        assertTrue(e.getActors().stream().allMatch(ActorTag::getLinked), e.getActors().toString());
    }

    @Test
    void mentionsPointIntoTheBody() {
        String body = "Polish Deputy Defence Minister Bartosz Kownacki said on Monday that Kownacki's ministry would buy more drones.";
        EnrichedDispatch e = tag(body, "2016-06-06", "en");
        for (Mention m : only(e, "Bartosz Kownacki").getMentions()) assertEquals(m.getText(), body.substring(m.getStart(), m.getEnd()));
        assertEquals("POL", only(e, "Bartosz Kownacki").getCountry());
        assertEquals("deputy_defence_minister", only(e, "Bartosz Kownacki").getRole());
    }

    @Test
    void aMinisterNamedBeforeAnyCountryTakesTheOnlyCountryTheDispatchNamesLater() {
        EnrichedDispatch e = tag("La ministre de la Culture, Rima Abdul Malak, a présenté le budget de son ministère. "
                + "Les crédits des musées français augmentent.", "2022-09-28", "fr");
        ActorTag minister = only(e, "Rima Abdul Malak");
        assertEquals("FRA", minister.getCountry());
        assertEquals("culture_minister", minister.getRole());
    }

    @Test
    void aMinisterNamedBeforeTwoCountriesTakesNeither() {
        EnrichedDispatch e = tag("La ministre de la Culture, Rima Abdul Malak, a parlé des prêts d'oeuvres "
                + "entre l'Allemagne et les musées français.", "2022-09-28", "fr");
        assertTrue(actor(e, "Rima Abdul Malak").isEmpty(), "two countries named: the minister's is not known");
    }

    private static void assertOffice(ActorTag a, String country, String role) {
        assertEquals(country, a.getCountry(), a.getName() + "'s country");
        assertEquals(role, a.getRole(), a.getName() + "'s role");
    }

    /** A Tehran dispatch naming Kamal Kharazi with the apposition given, and no country in his sentence. */
    private static EnrichedDispatch kharaziAs(String apposition) {
        return tag("TEHRAN, Aug 21 - Iran's parliament approved the new cabinet on Wednesday. Kamal Kharazi, " + apposition
                + ", chairs a council that advises on foreign policy.", "2024-08-21", "en");
    }

    @Test
    void aFormerMinisterWithoutACountryIsOfTheCountryTheDispatchNames() {
        ActorTag kharazi = only(kharaziAs("the former foreign minister"), "Kamal Kharazi");
        assertOffice(kharazi, "IRN", "foreign_minister");
        assertTrue(kharazi.getFormer());
    }

    @Test
    void aCurrentForeignMinisterStillNeedsTheCountryInThePhrase() {
        assertTrue(actor(kharaziAs("the foreign minister"), "Kamal Kharazi").isEmpty(), "a sitting foreign minister's country must be named in the phrase");
    }

    @Test
    void aRoleGivenInARelativeClauseAfterTheName() {
        ActorTag kurtulmus = only(tag("ANKARA, March 8 - Numan Kurtulmus, who is Turkey's deputy prime minister, spoke on Wednesday.",
                "2017-03-08", "en"), "Numan Kurtulmus");
        assertOffice(kurtulmus, "TUR", "deputy_prime_minister");
        assertFalse(kurtulmus.getFormer());
        ActorTag becht = only(tag("PARIS, 3 février - Olivier Becht, qui est ministre délégué chargé du Commerce extérieur, a parlé vendredi.",
                "2023-02-03", "fr"), "Olivier Becht");
        assertOffice(becht, "FRA", "trade_minister");
    }

    @Test
    void aPastRoleInARelativeClauseIsAFormerOne() {
        ActorTag bruton = only(tag("DUBLIN, May 2 - John Bruton, who was Ireland's prime minister, spoke on Tuesday.", "2023-05-02", "en"), "John Bruton");
        assertEquals("IRL", bruton.getCountry());
        assertTrue(bruton.getFormer());
    }

    @Test
    void aRelativeClauseWithoutARoleMakesNoActor() {
        EnrichedDispatch e = tag("ANKARA, March 8 - Deniz Yucel, who is a correspondent of the German newspaper Die Welt, was detained.", "2017-03-08", "en");
        assertTrue(actor(e, "Deniz Yucel").isEmpty());
    }

    @Test
    void aMinistrySpokespersonByTheMinistrysFullFrenchTitleIsOfTheDispatchsCountry() {
        ActorTag legendre = only(tag("PARIS, 3 février - La porte-parole du ministère de l'Europe et des Affaires étrangères, Anne-Claire Legendre, "
                + "a répondu vendredi.", "2023-02-03", "fr"), "Anne-Claire Legendre");
        assertOffice(legendre, "FRA", "foreign_ministry_spokesperson");
    }

    @Test
    void aFirstNameThatIsAlsoACountryBeforeANameParticleIsNoCountry() {
        EnrichedDispatch e = tag("PARIS, 2 mars - L'ancien Premier ministre Dominique de Villepin a parlé mercredi.", "2022-03-02", "fr");
        ActorTag villepin = only(e, "Dominique de Villepin");
        assertEquals("FRA", villepin.getCountry());
        assertTrue(villepin.getFormer());
        assertTrue(e.getCountries().stream().noneMatch(c -> c.getCode().equals("DMA")), "Dominique is the first name, not Dominica");
    }

    @Test
    void anAppointedNameTakesTheTitleAfterItAndTheAppointersCountry() {
        EnrichedDispatch e = tag("TEHRAN, Aug 15 - Iranian President Masoud Pezeshkian has named Zahra Behrouz Azar vice president for women and family affairs.", "2024-08-15", "en");
        ActorTag azar = only(e, "Zahra Behrouz Azar");
        assertEquals("IRN", azar.getCountry());
        assertEquals("vice_president", azar.getRole());
        ActorTag retailleau = only(tag("PARIS, 21 septembre - Le président a nommé Bruno Retailleau ministre de l'Intérieur, a annoncé l'Elysée.", "2024-09-21", "fr"), "Bruno Retailleau");
        assertEquals("FRA", retailleau.getCountry());
        assertEquals("interior_minister", retailleau.getRole());
    }

    @Test
    void aSuccessorReplacedByNameTakesTheOfficeOfTheOneWhoLeaves() {
        EnrichedDispatch e = tag("PARIS, 6 décembre - Le ministre de l'Intérieur Bernard Cazeneuve, nommé mardi à Matignon, est remplacé par Bruno Le Roux. "
                + "Le Roux présidait le groupe socialiste.", "2016-12-06", "fr");
        ActorTag leRoux = only(e, "Bruno Le Roux");
        assertEquals("FRA", leRoux.getCountry());
        assertEquals("interior_minister", leRoux.getRole());
        assertFalse(leRoux.getLinked());
        assertEquals(List.of("Bruno Le Roux/name", "Le Roux/surname"), mentions(leRoux));
    }

    @Test
    void aKnownPersonsBareSurnameInALaterParagraphIsTheirs() {
        EnrichedDispatch e = tag("LONDON, July 7 - Boris Johnson said on Thursday he would resign as party leader.\n\n"
                + "Johnson said he would stay on until a successor was chosen.", "2022-07-07", "en");
        assertEquals(List.of("Boris Johnson/name", "Johnson/surname"), mentions(only(e, "Boris Johnson")));
    }

    @Test
    void anOrdinalBeforeATitleIsARoleInHistoryNotTheHolder() {
        assertTrue(tag("WASHINGTON, Nov 5 - Americans voted on Tuesday to choose the 47th president of the United States.", "2024-11-05", "en").getActors().isEmpty());
        assertTrue(tag("WASHINGTON, 8 novembre - Les Américains votent mardi pour désigner le 45 e président de leur pays, celui des États-Unis.", "2016-11-08", "fr").getActors().isEmpty());
    }

    @Test
    void aStateAgencyBeforeOrAfterADirectorNamesItsStateAndAFilmDirectorIsNoOfficial() {
        assertEquals("USA", only(tag("CIA Director Gina Haspel told senators on Tuesday that the agency had briefed the White House.", "2018-12-04", "en"),
                "Gina Haspel").getCountry());
        assertEquals("USA", only(tag("La directrice de la CIA, Gina Haspel, s'est rendue mardi devant les sénateurs.", "2018-12-04", "fr"),
                "Gina Haspel").getCountry());
        EnrichedDispatch film = tag("Iranian director Asghar Farhadi won an Oscar on Sunday for his film.", "2017-02-27", "en");
        assertTrue(actor(film, "Asghar").isEmpty(), "a demonym before 'director' names no agency: " + film.getActors());
        EnrichedDispatch firm = tag("Le directeur général de Renault, Luca de Meo, a présenté jeudi les résultats du groupe français.", "2024-02-15", "fr");
        assertTrue(firm.getActors().isEmpty(), "a company's director: " + firm.getActors());
    }

    @Test
    void titlesWithAModifierADelegationOrTheArmedForcesTakeTheDemonymAfterThem() {
        assertEquals("RUS", only(tag("Le chef du renseignement militaire russe, Igor Kostioukov, a été reçu jeudi.", "2023-06-01", "fr"), "Igor").getCountry());
        assertEquals("UKR", only(tag("The head of the Ukrainian delegation, Rustem Umerov, told reporters the next round was not set.", "2025-06-02", "en"),
                "Rustem").getCountry());
        assertEquals("UKR", only(tag("La cheffe de la délégation ukrainienne, Olha Stefanichyna, a pris la parole mardi.", "2022-03-01", "fr"), "Olha").getCountry());
        assertEquals("UKR", only(tag("Le commandant en chef des forces armées ukrainiennes, Oleksandr Syrsky, a inspecté le front.", "2024-03-01", "fr"),
                "Oleksandr").getCountry());
    }

    @Test
    void aFrenchSpecialRepresentativeWithItsMandateAndPlaceBeforeTheName() {
        ActorTag envoy = only(tag("Le représentant spécial américain chargé de la Corée du Nord, Sung Kim, est arrivé à Séoul.", "2021-06-19", "fr"), "Sung Kim");
        assertEquals("USA", envoy.getCountry(), "the demonym after the title, not the place of the mandate");
        assertEquals("envoy", envoy.getRole());
    }

    @Test
    void aCityWhoseFirstWordIsAFunctionWordQualifiesAMayorAndAnOrdinalCanBePartOfTheOffice() {
        assertEquals("USA", only(tag("Los Angeles Mayor Eric Garcetti said on Friday the Games would pay for themselves.", "2017-08-01", "en"), "Eric").getCountry());
        ActorTag vp = only(tag("Iran's First Vice President Eshaq Jahangiri said on Monday the economy would hold.", "2018-08-06", "en"), "Eshaq");
        assertEquals("IRN", vp.getCountry());
        assertEquals("vice_president", vp.getRole());
    }

    @Test
    void aPossessivePronounBeforeATitleGivesTheStateOfWhomItStandsFor() {
        ActorTag envoy = only(tag("President Joe Biden said on Monday that his special envoy for Sudan, Tom Perriello, would return to the region.",
                "2024-04-15", "en"), "Tom Perriello");
        assertEquals("USA", envoy.getCountry(), "Biden's state, not the place of the mandate");
        assertEquals("FRA", only(tag("Emmanuel Macron a indiqué que son envoyé spécial, Jean-Michel Dumond, se rendrait à Beyrouth.",
                "2016-10-01", "fr"), "Jean-Michel").getCountry());
        EnrichedDispatch un = tag("U.N. Secretary-General Antonio Guterres said his special envoy for Libya, Abdoulaye Bathily, would stay on.", "2023-06-01", "en");
        assertTrue(actor(un, "Abdoulaye").isEmpty(), "a U.N. chief's envoy speaks for no state: " + un.getActors());
    }

    @Test
    void aPluralTitleOfOneStateStandsForNoOneHolderAndTwoStatesStandForTheirs() {
        EnrichedDispatch one = tag("RAMALLAH, Dec 6 - Palestinian leaders said the decision ended Washington's role in the peace process.", "2017-12-06", "en");
        assertTrue(actor(one, "Mahmoud Abbas").isEmpty(), "several leaders of one state: " + one.getActors());
        EnrichedDispatch two = tag("Les présidents russe et turc ont inauguré mercredi le gazoduc TurkStream.", "2020-01-08", "fr");
        assertTrue(actor(two, "Vladimir Putin").isPresent() && actor(two, "Recep Tayyip Erdogan").isPresent(), "one holder per state: " + two.getActors());
        EnrichedDispatch joined = tag("The Russian and Turkish presidents opened the TurkStream pipeline on Wednesday.", "2020-01-08", "en");
        assertTrue(actor(joined, "Recep Tayyip Erdogan").isPresent(), "a conjunction before the demonym: " + joined.getActors());
    }

    @Test
    void aFrenchArmyCommanderInChiefTakesTheStateOfTheContext() {
        assertEquals("UKR", only(tag("KIEV, 8 février - Volodymyr Zelensky a remplacé jeudi le commandant en chef de l'armée, Valeri Zaloujny.", "2024-02-08", "fr"),
                "Valeri").getCountry());
    }

    @Test
    void aTitleBeforeTheBareSurnameOfItsHolderNamesTheHolder() {
        EnrichedDispatch e = tag("WASHINGTON, May 2 - Vice President Pence told U.S. troops on Tuesday that the mission would go on.", "2017-05-02", "en");
        assertTrue(actor(e, "Mike Pence").isPresent(), "the holder in the state the dispatch names: " + e.getActors());
        EnrichedDispatch namesake = tag("WASHINGTON, May 2 - U.S. officials said Greg Pence would run for Congress.", "2017-05-02", "en");
        assertTrue(actor(namesake, "Mike Pence").isEmpty(), "a namesake with his own first name: " + namesake.getActors());
    }

    @Test
    void aSurnameThatIsAlsoAPronounOpensANameAfterATitleButNotASentence() {
        EnrichedDispatch e = tag("BEIJING, Jan 5 - Vice Premier He Yong said on Monday that China would open more sectors. He spoke after a cabinet meeting.",
                "2019-01-07", "en");
        assertEquals("CHN", only(e, "He Yong").getCountry());
        assertEquals(1, e.getActors().size(), "'He spoke' opens a sentence: a pronoun, " + e.getActors());
    }

    @Test
    void theHeadOfAStateIntelligenceServiceTakesTheStateOfTheService() {
        ActorTag moore = only(tag("LONDON, July 19 - MI6 chief Richard Moore said on Wednesday that Russian officials were sharing secrets with Britain.", "2023-07-19", "en"), "Richard Moore");
        assertEquals("GBR", moore.getCountry(), "the service stands for its state as the CIA does");
        ActorTag bar = only(tag("JÉRUSALEM - Le chef du Shin Bet, Ronen Bar, a présenté sa démission lundi.", "2025-04-28", "fr"), "Ronen Bar");
        assertEquals("ISR", bar.getCountry());
        assertTrue(tag("PARIS - Fatih Birol, head of the International Energy Agency, said demand for oil would peak.", "2023-09-12", "en").getActors().isEmpty(),
                "an international agency's head speaks for no state");
    }

    @Test
    void aRoleAfterAVerbOfLeavingIsAPastRoleOfTheDispatchState() {
        ActorTag rugy = only(tag("PARIS, 16 juillet - François de Rugy a démissionné mardi de son poste de ministre de la Transition écologique, après des révélations sur ses dîners au ministère.",
                "2019-07-16", "fr"), "François de Rugy");
        assertEquals("FRA", rugy.getCountry(), "no country in the phrase: the dispatch's");
        ActorTag javid = only(tag("LONDON, Feb 13 - Sajid Javid resigned as Britain's finance minister on Thursday after refusing to fire his advisers.", "2020-02-13", "en"), "Sajid Javid");
        assertEquals("GBR", javid.getCountry());
        assertTrue(actor(tag("PARIS - Christophe Galtier a quitté son poste d'entraîneur du Paris Saint-Germain mercredi.", "2023-07-05", "fr"), "Christophe Galtier").isEmpty(),
                "a club's coach holds no state office");
    }

    @Test
    void aSuccessorNamedAtTheHeadOfTheNextSentenceTakesTheOffice() {
        EnrichedDispatch e = tag("PARIS, 19 juillet - Le chef d'état-major des armées, le général Pierre de Villiers, a présenté mercredi sa démission au président de la République après un désaccord public sur le budget de la défense et les économies demandées aux armées.\n\n"
                + "Il est remplacé par le général François Lecointre, a annoncé l'Elysée.", "2017-07-19", "fr");
        ActorTag lecointre = only(e, "François Lecointre");
        assertEquals("FRA", lecointre.getCountry());
        assertEquals("army_chief", lecointre.getRole());
    }

    @Test
    void aMayorOfAPlaceTheBaseDoesNotKnowTakesTheOneCountryNamedBefore() {
        ActorTag ceraso = only(tag("CUTRO, 27 février - Au moins 60 migrants sont morts dans le naufrage de leur bateau au large de la côte italienne. Le maire de Cutro, Antonio Ceraso, a décrété un jour de deuil.",
                "2023-02-27", "fr"), "Antonio Ceraso");
        assertEquals("ITA", ceraso.getCountry());
        assertEquals("mayor", ceraso.getRole());
    }

    @Test
    void aKnownPersonsBareSurnameAfterAnOpenActorOfThatSurnameIsTheOpenActors() {
        EnrichedDispatch e = tag("PARIS, Dec 1 - Britain's energy secretary, Amber Rudd, said on Tuesday that the climate talks must end in a binding deal. Rudd added that Britain would close its coal plants by 2025.",
                "2015-12-01", "en");
        assertTrue(actor(e, "Kevin Rudd").isEmpty(), "the Australian namesake is not named in full");
        assertTrue(mentions(only(e, "Amber Rudd")).stream().anyMatch(m -> m.startsWith("Rudd/")), "the bare surname is hers");
        assertTrue(e.getCountries().stream().noneMatch(c -> c.getCode().equals("AUS")));
    }

    @Test
    void aVerbOfHandingOverGivesAPastRoleEvenWithADayBeforeItsFrame() {
        EnrichedDispatch e = tag("WELLINGTON, June 3 - Air Marshal Kevin Short handed over on Thursday as New Zealand's chief of the defence force.\n\n"
                + "He is succeeded by Air Marshal Tony Davies, who led the air force until now.", "2021-06-03", "en");
        ActorTag shortChief = only(e, "Kevin Short");
        assertEquals("NZL", shortChief.getCountry());
        assertEquals("army_chief", shortChief.getRole());
        assertEquals("NZL", only(e, "Tony Davies").getCountry(), "the successor of the next sentence");
        assertTrue(actor(tag("LONDON - Eoin Morgan handed over on Tuesday as England's one-day captain.", "2022-06-28", "en"), "Eoin Morgan").isEmpty(),
                "a team's captain holds no state office");
    }

    @Test
    void aDayMayStandInsideAWordOfSuccession() {
        EnrichedDispatch e = tag("ABIDJAN, 4 janvier - Le chef d'état-major des armées ivoiriennes, le général Soumaïla Bakayoko, a été remplacé jeudi par le général Sékou Touré.",
                "2018-01-04", "fr");
        assertEquals("CIV", only(e, "Sékou Touré").getCountry());
    }

    @Test
    void anAideOfAnOfficeWhoseHolderIsNamedRightAfterItTakesTheHoldersState() {
        ActorTag bonne = only(tag("TEHERAN, 10 juillet - Emmanuel Bonne, conseiller diplomatique du président Emmanuel Macron, a été reçu mercredi par les autorités iraniennes.",
                "2019-07-10", "fr"), "Emmanuel Bonne");
        assertEquals("FRA", bonne.getCountry());
        ActorTag nyamitwe = only(tag("BUJUMBURA - Willy Nyamitwe, conseiller principal chargé de la communication du président burundais Pierre Nkurunziza, a été blessé lundi soir.",
                "2016-11-29", "fr"), "Willy Nyamitwe");
        assertEquals("BDI", nyamitwe.getCountry());
        assertTrue(actor(tag("BUJUMBURA - Willy Nyamitwe, conseiller principal chargé de la communication du président burundais Pierre Nkurunziza, a été blessé lundi soir.",
                "2016-11-29", "fr"), "Alain Aimé Nyamitwe").isEmpty(), "the namesake minister is not named");
        ActorTag butoyi = only(tag("BUJUMBURA - La conseillère principale à la communication de Pierre Nkurunziza, Evelyne Butoyi, a démenti lundi les accusations.",
                "2016-11-29", "fr"), "Evelyne Butoyi");
        assertEquals("BDI", butoyi.getCountry(), "a mandate then the person served: his state");
    }

    @Test
    void aCharacterHoldingAnOfficeIsNotItsRealHolder() {
        EnrichedDispatch e = tag("WASHINGTON, Oct 4 - Actress Tea Leoni plays Elizabeth McCord, now the U.S. secretary of state, in the CBS drama \"Madam Secretary\".",
                "2015-10-04", "en");
        assertTrue(actor(e, "John Kerry").isEmpty(), "the real secretary of state is not named");
        assertTrue(actor(e, "Elizabeth McCord").isEmpty(), "a character is no actor");
    }

    @Test
    void aVicePresidentAfterASportBodysPresidentIsTheBodys() {
        EnrichedDispatch e = tag("PARIS, 18 janvier - Bernard Laporte a été suspendu de son poste de président de la Fédération française de rugby.\n\n"
                + "Le vice-président Alexandre Martinez dirigera l'instance d'ici l'assemblée générale.", "2023-01-18", "fr");
        assertTrue(actor(e, "Alexandre Martinez").isEmpty(), "a federation's vice-president holds no state office");
        ActorTag machar = only(tag("JUBA, 22 février - Le président sud-soudanais Salva Kiir a rencontré samedi le vice-président Riek Machar.", "2020-02-22", "fr"), "Riek Machar");
        assertEquals("SSD", machar.getCountry(), "after a state's president, the state's vice-president");
    }

    @Test
    void aVerbOfLeadingBeforeAStateAgencyGivesAPastOffice() {
        ActorTag pardo = only(tag("TEL AVIV, Sept 6 - Tamir Pardo, who headed the Mossad until 2016, told a conference on Wednesday that the government was wrong.",
                "2023-09-06", "en"), "Tamir Pardo");
        assertEquals("ISR", pardo.getCountry());
        assertTrue(pardo.getFormer(), "'who headed': a past office");
        ActorTag bajolet = only(tag("PARIS, 4 avril - Bernard Bajolet, qui a dirigé la DGSE de 2013 à 2017, a répondu mardi aux questions des juges.",
                "2022-04-04", "fr"), "Bernard Bajolet");
        assertEquals("FRA", bajolet.getCountry());
        assertTrue(bajolet.getFormer());
        ActorTag calvar = only(tag("PARIS, 4 avril - Patrick Calvar, qui était à la tête de la Direction générale de la sécurité intérieure, a témoigné mardi.",
                "2022-04-04", "fr"), "Patrick Calvar");
        assertEquals("FRA", calvar.getCountry(), "the agency by its full name stands for its state too");
    }

    @Test
    void aVerbOfLeadingBeforeATeamOrACompanyGivesNoOffice() {
        assertTrue(tag("LONDON, May 2 - Arsene Wenger, who led Arsenal for 22 years, said on Tuesday he missed the game.", "2019-05-02", "en").getActors().isEmpty(),
                "a club led: no state office");
        assertTrue(tag("HONG KONG, Dec 2 - Joshua Wong, who led the 2014 street protests, was jailed on Wednesday.", "2020-12-02", "en").getActors().isEmpty(),
                "protests led: no office");
        assertTrue(tag("PARIS, 4 mai - Jean-Paul Agon, qui dirigeait l'entreprise de cosmétiques, a quitté mardi ses fonctions.", "2021-05-04", "fr").getActors().isEmpty(),
                "a company led: no state office");
    }

    @Test
    void aVerbOfLeadingBeforeAStatesIntelligenceServiceGivesAPastChief() {
        ActorTag halevy = only(tag("JERUSALEM, May 3 - Efraim Halevy, who led Israel's intelligence agency from 1998 to 2002, said on Monday talks were the only way.",
                "2010-05-03", "en"), "Efraim Halevy");
        assertEquals("ISR", halevy.getCountry());
        assertTrue(halevy.getFormer());
        ActorTag mediene = only(tag("ALGER, 13 septembre - Mohamed Mediène, qui a dirigé les services de renseignement algériens pendant vingt-cinq ans, a été remplacé dimanche.",
                "2015-09-13", "fr"), "Mohamed Medi");
        assertEquals("DZA", mediene.getCountry());
        assertTrue(tag("MADRID, July 1 - Vicente del Bosque, who led Spain's national team to the World Cup title, said on Friday he would retire.", "2016-07-01", "en")
                .getActors().isEmpty(), "a state's national team led: no state office");
    }

    @Test
    void aTitleInASentenceDatedByAPastYearNamesAPastHolderNotTheHolderOfTheDay() {
        EnrichedDispatch e = tag("MADRID, May 2 - The ceremony recalled 1985, when Spanish Prime Minister Felipe Gonzalez signed the accession treaty in Madrid.", "2019-05-02", "en");
        ActorTag gonzalez = only(e, "Felipe Gonzalez");
        assertEquals("ESP", gonzalez.getCountry());
        assertTrue(gonzalez.getFormer(), "the holder of the year the sentence names");
        assertTrue(actor(e, "Pedro S").isEmpty(), "the title is not the holder of the day's");
        ActorTag ford = only(tag("WASHINGTON, June 3 - The judge was appointed to the bench in 1975 by President Gerald Ford, the White House archives show.", "2021-06-03", "en"), "Gerald Ford");
        assertEquals("USA", ford.getCountry(), "a title with no country: the dispatch's own state");
        assertTrue(ford.getFormer());
        ActorTag giscard = only(tag("PARIS, 3 mai - Nommé ministre en 1974 par le président Valéry Giscard d'Estaing, il avait quitté le gouvernement deux ans plus tard.", "2019-05-03", "fr"), "Valéry Giscard d'Estaing");
        assertEquals("FRA", giscard.getCountry(), "an elided particle inside the name");
        assertTrue(only(tag("PARIS, 3 mai - Valéry Giscard d'Estaing, président de 1974 à 1981, a été reçu par les députés.", "2019-05-03", "fr"), "Valéry Giscard").getFormer(),
                "years after the title date it, they qualify no body");
    }

    @Test
    void aDatedSentenceKeepsTheHolderTheKnowledgeBaseKnowsAndAPlayedPartNamesNoOne() {
        assertTrue(actor(tag("LOS ANGELES, Nov 18 - In 2016 he played President Tom Kirkman in a television drama.", "2020-11-18", "en"), "Tom Kirkman").isEmpty(),
                "the knowledge base's president of 2016 is someone else, and a part played is a character's");
        assertTrue(actor(tag("PARIS, 10 mai - Dans le film sorti en 1961, Jean Gabin joue le président du Conseil Emile Beaufort.", "2021-05-10", "fr"), "Emile Beaufort").isEmpty(),
                "a part played in a dated film");
        assertTrue(actor(tag("TOKYO, Jan 26 - Akio Toyoda, who became president of Toyota Motor in 2009, will hand over the post in April.", "2023-01-26", "en"), "Akio Toyoda").isEmpty(),
                "a company's president");
    }

    @Test
    void aMinistersPortfolioTheLexiconLacksIsStillAMinistersOffice() {
        ActorTag montebourg = only(tag("PARIS, 26 novembre - Le ministre du Redressement productif Arnaud Montebourg a reçu les syndicats lundi à Bercy, au lendemain du vote.", "2012-11-26", "fr"), "Arnaud Montebourg");
        assertEquals("FRA", montebourg.getCountry());
        assertEquals("minister", montebourg.getRole());
        ActorTag girardin = only(tag("MAMOUDZOU, 12 mars - La ministre française des Outre-mer, Annick Girardin, est arrivée lundi sur l'île.", "2018-03-12", "fr"), "Annick Girardin");
        assertEquals("FRA", girardin.getCountry());
        ActorTag duffy = only(tag("WASHINGTON, Jan 30 - Transportation Secretary Sean Duffy said the airport would reopen on Friday.", "2025-01-30", "en"), "Sean Duffy");
        assertEquals("transport_minister", duffy.getRole());
        assertTrue(actor(tag("ROUEN, 26 juillet - Le père Jacques Hamel, ministre du culte ordonné en 1958, a été tué mardi dans son église.", "2016-07-26", "fr"), "Jacques Hamel").isEmpty(),
                "a minister of religion is a priest");
    }

    @Test
    void theOfficeAfterANameAndAsIsThatPersonsNotTheHolderOfTheDay() {
        EnrichedDispatch e = tag("WASHINGTON, April 14 - Senator Bernie Sanders endorsed Joe Biden as president of the United States on Monday.", "2020-04-14", "en");
        assertTrue(actor(e, "Donald Trump").isEmpty(), "the office Biden is to hold");
        assertTrue(actor(tag("WASHINGTON, April 15 - The endorsements came as the U.S. president faced growing criticism.", "2020-04-15", "en"), "Donald Trump").isPresent(),
                "'as' after a verb: the sitting president");
    }
}
