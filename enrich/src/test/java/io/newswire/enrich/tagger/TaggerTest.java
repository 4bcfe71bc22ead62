package io.newswire.enrich.tagger;

import io.newswire.schemas.ActorTag;
import io.newswire.schemas.CountryTag;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaggerTest {

    private static final Tagger TAGGER = Tagger.loadDefault();

    static EnrichedDispatch tag(String body, String date) {
        return TAGGER.tag(dispatch(body, date, null));
    }

    static EnrichedDispatch tag(String body, String date, String lang) {
        return TAGGER.tag(dispatch(body, date, lang));
    }

    /** The actor of that name the tagger found, if any. */
    static Optional<ActorTag> actor(EnrichedDispatch e, String name) {
        return e.getActors().stream().filter(a -> a.getName().equals(name)).findFirst();
    }

    /** The actor of that name the tagger found; fails with the names it found instead. */
    static ActorTag only(EnrichedDispatch e, String name) {
        return actor(e, name).orElseThrow(() -> new AssertionError(name + " not among " + e.getActors().stream().map(ActorTag::getName).toList()));
    }

    static Dispatch dispatch(String body, String date, String lang) {
        long millis = LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        return Dispatch.newBuilder().setId("t-1").setSource("test").setBody(body).setLanguage(lang)
                .setPublished(java.time.Instant.ofEpochMilli(millis)).setReceived(java.time.Instant.ofEpochMilli(millis)).build();
    }

    static Set<String> countries(EnrichedDispatch e) {
        return e.getCountries().stream().map(CountryTag::getCode).collect(Collectors.toCollection(TreeSet::new));
    }

    static List<Event> events(EnrichedDispatch e, String type) {
        return e.getEvents().stream().filter(ev -> ev.getType().equals(type)).toList();
    }

    /** The sorted countries of each meeting of the dispatch with the status, in the order tagged. */
    static List<List<String>> meetings(EnrichedDispatch e, String status) {
        return sides(e, "MEETING", status);
    }

    /** The sorted countries of each event of the type with the status, in the order tagged. */
    static List<List<String>> sides(EnrichedDispatch e, String type, String status) {
        return events(e, type).stream().filter(m -> m.getStatus().equals(status))
                .map(m -> m.getCountries().stream().sorted().toList()).toList();
    }

    /** The sides of every meeting of a dispatch told as held, each sorted. */
    static Set<List<String>> heldMeetings(EnrichedDispatch e) {
        return Set.copyOf(meetings(e, "occurred"));
    }

    /** The held meetings of a dispatch, by date, each with its countries in order. */
    static Map<LocalDate, List<String>> heldByDate(EnrichedDispatch e) {
        return occurredByDate(e, "MEETING");
    }

    /** The events of the type that took place, by date, each with its countries in order. */
    static Map<LocalDate, List<String>> occurredByDate(EnrichedDispatch e, String type) {
        Map<LocalDate, List<String>> out = new TreeMap<>();
        for (Event m : events(e, type)) {
            if (m.getStatus().equals("occurred")) out.put(m.getDate(), m.getCountries().stream().sorted().toList());
        }
        return out;
    }

    /** The one truce of the dispatch, with this status, between these countries (a mediator may stand beside them). */
    static void assertTruce(EnrichedDispatch e, String status, String... sides) {
        List<Event> truces = events(e, "CEASEFIRE");
        assertEquals(1, truces.size(), truces.toString());
        assertEquals(status, truces.get(0).getStatus(), truces.toString());
        assertTrue(truces.get(0).getCountries().containsAll(List.of(sides)), truces.toString());
    }

    /** Asserts the dispatch has no event of the type, naming those it has. */
    static void assertNone(EnrichedDispatch e, String type) {
        assertTrue(events(e, type).isEmpty(), events(e, type).toString());
    }

    static Set<String> set(String... codes) {
        return new TreeSet<>(List.of(codes));
    }

    /** The one event of the type in the dispatch, between exactly these countries, with this status. */
    static void assertOne(EnrichedDispatch e, String type, String status, String... countries) {
        List<Event> found = events(e, type);
        assertEquals(1, found.size(), found.toString());
        assertEquals(set(countries), new TreeSet<>(found.get(0).getCountries()));
        assertEquals(status, found.get(0).getStatus());
    }

    // ------------------------------------------------------------ countries and ambiguity

    @Test
    void countriesByNameArticleDemonymCapitalSeatAndInstitution() {
        EnrichedDispatch e = tag("Les Etats-Unis et le Royaume-Uni ont réagi. Moscou a démenti, l'Elysée s'est tu, "
                + "la Maison Blanche aussi. Selon la présidence turque et le ministère russe des Affaires étrangères, "
                + "la chancellerie allemande a été informée. Le ministre chinois est arrivé.", "2020-02-21");
        assertEquals(set("CHN", "DEU", "FRA", "GBR", "RUS", "TUR", "USA"), countries(e));
        Set<String> vias = e.getCountries().stream().flatMap(c -> c.getMentions().stream()).map(m -> m.getVia()).collect(Collectors.toSet());
        assertTrue(vias.containsAll(Set.of("name", "capital", "seat", "institution")), vias.toString());
    }

    @Test
    void mentionOffsetsPointIntoTheBody() {
        String body = "U.S. officials met Britain's envoy in Downing Street.";
        EnrichedDispatch e = tag(body, "2020-02-21");
        assertEquals(set("GBR", "USA"), countries(e));
        e.getCountries().forEach(c -> c.getMentions().forEach(m -> assertEquals(m.getText(), body.substring(m.getStart(), m.getEnd()))));
    }

    @Test
    void turkeyTheBirdIsNoCountry() {
        assertEquals(Set.of(), countries(tag("Americans ate less turkey this year; roast turkey prices fell.", "2020-11-27")).stream()
                .filter(c -> c.equals("TUR")).collect(Collectors.toSet()));
        assertTrue(countries(tag("Turkey closed its border.", "2020-11-27")).contains("TUR"));
    }

    @Test
    void jordanAndChadAsFirstNamesAreNoCountries() {
        Set<String> c = countries(tag("The singer Jordan Smith and the actor Chad Michael Murray arrived.", "2020-02-21"));
        assertFalse(c.contains("JOR"), c.toString());
        assertFalse(c.contains("TCD"), c.toString());
        assertTrue(countries(tag("Jordan and Chad signed a trade deal.", "2020-02-21")).containsAll(Set.of("JOR", "TCD")));
    }

    @Test
    void georgiaTheUsStateIsNoCountry() {
        assertFalse(countries(tag("Republican Representative Doug Collins of Georgia objected.", "2019-12-10")).contains("GEO"));
        assertFalse(countries(tag("Les démocrates ont remporté les sièges de sénateurs en jeu en Géorgie.", "2021-01-06")).contains("GEO"));
        assertTrue(countries(tag("Russia and Georgia fought a war in 2008.", "2019-12-10")).contains("GEO"));
    }

    @Test
    void nigerIsNotNigeriaAndTheTwoCongosAndKoreasStayApart() {
        assertEquals(set("NER", "NGA"), countries(tag("Niger and Nigeria closed their border.", "2020-02-21")));
        assertEquals(set("COD", "COG"), countries(tag("La RDC et le Congo-Brazzaville ont signé un accord.", "2020-02-21")));
        assertEquals(set("KOR", "PRK"), countries(tag("North Korea fired a missile, South Korea said.", "2020-02-21")));
    }

    @Test
    void parisOfTheParisAgreementIsNoCountry() {
        assertFalse(countries(tag("Les Etats-Unis sont sortis de l'accord de Paris sur le climat.", "2020-11-04")).contains("FRA"));
        assertTrue(countries(tag("Paris et Berlin ont appelé à la retenue.", "2020-02-21")).containsAll(Set.of("FRA", "DEU")));
    }

    @Test
    void sportResultIsNoDiplomaticEvent() {
        EnrichedDispatch e = tag("Turkey beat Russia 2-1 on Friday. The two teams had agreed a truce with their fans.", "2024-06-21");
        assertTrue(countries(e).containsAll(Set.of("TUR", "RUS")));
        assertTrue(events(e, "CEASEFIRE").stream().noneMatch(ev -> ev.getEvidence().get(0).getSentence().contains("2-1")));
        assertTrue(events(e, "PHONE_CALL").isEmpty());
    }

    // ------------------------------------------------------------ actors and roles

    @Test
    void rolePhrasesResolveToThePersonInOfficeOnTheDispatchDate() {
        EnrichedDispatch e = tag("Le président russe a appelé son homologue turc.", "2020-02-21");
        Set<String> names = e.getActors().stream().map(a -> a.getName()).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("Vladimir Putin", "Recep Tayyip Erdogan")), names.toString());
        assertTrue(e.getActors().stream().allMatch(a -> a.getMentions().get(0).getVia().equals("role")));
        EnrichedDispatch later = tag("The US president spoke.", "2022-03-01");
        assertEquals("Joe Biden", later.getActors().get(0).getName());
    }

    // ------------------------------------------------------------ events

    @Test
    void referenceDispatchGivesThreeCallsOneSummitAndOneCeasefire() throws Exception {
        String body = SharedSet.sample("idlib-fr.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(body != null, SharedSet.ABSENT);
        EnrichedDispatch e = tag(body, "2020-02-21");
        assertEquals("fr", e.getLanguage());
        Set<Set<String>> calls = events(e, "PHONE_CALL").stream().map(ev -> (Set<String>) new TreeSet<>(ev.getCountries())).collect(Collectors.toSet());
        assertEquals(Set.of(set("RUS", "TUR"), set("FRA", "TUR"), set("DEU", "TUR")), calls);
        assertEquals(3, events(e, "PHONE_CALL").size());
        List<Event> summits = events(e, "SUMMIT_PROPOSAL");
        assertEquals(1, summits.size());
        assertEquals(set("DEU", "FRA", "RUS", "TUR"), new TreeSet<>(summits.get(0).getCountries()));
        List<Event> truces = events(e, "CEASEFIRE");
        assertEquals(1, truces.size());
        assertEquals(List.of("SYR"), truces.get(0).getCountries());
        assertEquals("Idleb", truces.get(0).getLocation());
        Event call = events(e, "PHONE_CALL").stream().filter(ev -> ev.getCountries().contains("RUS")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2020, 2, 21), call.getDate());
        assertEquals("041", call.getCameo());
        assertEquals("CONSULT", call.getPloverEvent());
        assertEquals("phone", call.getPloverMode());
        call.getEvidence().forEach(ev -> assertEquals(ev.getSentence(), body.substring(ev.getStart(), ev.getEnd())));
    }

    @Test
    void sameCallReportedThreeTimesIsOneEventWithThreeEvidenceSentences() {
        EnrichedDispatch e = tag("Vladimir Poutine et Recep Tayyip Erdogan se sont entretenus au téléphone mardi. "
                + "L'entretien téléphonique entre Poutine et Erdogan a duré une heure. "
                + "Lors de cet appel téléphonique, Erdogan a demandé à Poutine de freiner le régime.", "2020-02-21");
        List<Event> calls = events(e, "PHONE_CALL");
        assertEquals(1, calls.size());
        assertEquals(3, calls.get(0).getEvidence().size());
    }

    @Test
    void callWithTwoLeadersIsTwoBilateralCallsButAThreeWayCallIsOne() {
        EnrichedDispatch two = tag("Erdogan a discuté au téléphone avec Emmanuel Macron et Angela Merkel.", "2020-02-21");
        assertEquals(Set.of(set("FRA", "TUR"), set("DEU", "TUR")),
                events(two, "PHONE_CALL").stream().map(ev -> (Set<String>) new TreeSet<>(ev.getCountries())).collect(Collectors.toSet()));
        EnrichedDispatch three = tag("Erdogan, Emmanuel Macron et Angela Merkel ont eu un entretien téléphonique à trois.", "2020-02-21");
        assertEquals(1, events(three, "PHONE_CALL").size());
        assertEquals(set("DEU", "FRA", "TUR"), new TreeSet<>(events(three, "PHONE_CALL").get(0).getCountries()));
    }

    @Test
    void deniedCallIsNotAContact() {
        assertStatus("denied", events(tag("Le Kremlin a démenti tout entretien téléphonique entre Vladimir Poutine et Emmanuel Macron.", "2020-02-21"), "PHONE_CALL"));
        assertStatus("denied", events(tag("The White House denied that Trump spoke by phone with Putin.", "2020-02-21"), "PHONE_CALL"));
    }

    @Test
    void plannedCallIsNotAContact() {
        assertStatus("planned", events(tag("Donald Trump will speak by phone with Vladimir Putin next week.", "2019-02-21"), "PHONE_CALL"));
    }

    /** The events are kept, each with the status that makes it no contact. */
    private static void assertStatus(String status, List<Event> events) {
        assertFalse(events.isEmpty(), "the event is kept with its status");
        for (Event e : events) assertEquals(status, e.getStatus(), e.toString());
    }

    @Test
    void summitThatAlreadyHappenedIsNoProposal() {
        assertTrue(events(tag("Le sommet entre Vladimir Poutine et Recep Tayyip Erdogan s'est tenu jeudi à Moscou.", "2020-03-06"), "SUMMIT_PROPOSAL").isEmpty());
        assertEquals(1, events(tag("Joe Biden proposed a summit with Vladimir Putin.", "2021-04-13"), "SUMMIT_PROPOSAL").size());
    }

    @Test
    void aBilateralMeetingFollowedByAThreeWaySummitAreTwoProposals() {
        EnrichedDispatch e = tag("Donald Trump a annoncé avoir commencé à organiser une rencontre entre Vladimir Poutine et "
                + "Volodymyr Zelensky, qui serait suivie d'un sommet à trois avec le président américain.", "2025-08-18");
        Set<Set<String>> proposals = events(e, "SUMMIT_PROPOSAL").stream().map(ev -> (Set<String>) new TreeSet<>(ev.getCountries())).collect(Collectors.toSet());
        assertEquals(Set.of(set("RUS", "UKR"), set("RUS", "UKR", "USA")), proposals);
    }

    @Test
    void aVisitToASiteMeetsNoStateWhateverCountryNamesIt() {
        assertTrue(events(tag("French President Emmanuel Macron visited a cemetery of U.S. Marines at Belleau on Sunday.", "2018-11-11"), "MEETING").isEmpty());
        assertTrue(events(tag("Le chancelier allemand Olaf Scholz a visité une usine du groupe américain Tesla près de Berlin.", "2022-03-22"), "MEETING").isEmpty());
        assertOne(tag("French President Emmanuel Macron visited the United States on Monday.", "2018-04-23"), "MEETING", "occurred", "FRA", "USA");
    }

    @Test
    void aPleaForATruceBeforeAnyMeetingProposesNoSummit() {
        EnrichedDispatch e = tag("A Washington, Friedrich Merz a plaidé pour un cessez-le-feu avant toute nouvelle rencontre avec Donald Trump.", "2025-08-18");
        assertTrue(events(e, "SUMMIT_PROPOSAL").isEmpty());
        assertTrue(events(e, "CEASEFIRE").stream().noneMatch(ev -> ev.getCountries().contains("DEU")), "the pleader is no party");
    }

    @Test
    void theTwoLeadersAreThoseOfTheReportNotTheQuotedSource() {
        EnrichedDispatch e = tag("Joe Biden et Vladimir Poutine ont accepté le principe d'un sommet, a annoncé l'Elysée après une médiation "
                + "d'Emmanuel Macron. Le président français a proposé une rencontre entre les deux dirigeants.", "2022-02-21");
        List<Event> summits = events(e, "SUMMIT_PROPOSAL");
        assertEquals(1, summits.size());
        assertEquals(set("RUS", "USA"), new TreeSet<>(summits.get(0).getCountries()));
    }

    @Test
    void aLeaderToBeReceivedInAnotherCapitalIsAPlannedSummit() {
        EnrichedDispatch e = tag("Le Premier ministre japonais Shinzo Abe a annoncé qu'il serait reçu à Washington par le président américain le 10 février.", "2017-01-28");
        List<Event> summits = events(e, "SUMMIT_PROPOSAL");
        assertEquals(1, summits.size());
        assertEquals(set("JPN", "USA"), new TreeSet<>(summits.get(0).getCountries()));
    }

    @Test
    void theSpeakerBeforeTheSummitIsItsParty() {
        EnrichedDispatch e = tag("Le président américain a ajouté que sa première rencontre avec son homologue russe aurait lieu en Arabie saoudite.", "2025-02-12");
        List<Event> summits = events(e, "SUMMIT_PROPOSAL");
        assertEquals(1, summits.size());
        assertTrue(summits.get(0).getCountries().containsAll(set("RUS", "USA")), summits.get(0).getCountries().toString());
    }

    @Test
    void aTruceSoughtInTheRegionLiesWhereTheDispatchLastPlacedEvents() {
        EnrichedDispatch e = tag("Benyamin Netanyahou a dit qu'Israël agira en Syrie comme il l'entend. "
                + "Washington et Moscou ont demandé le respect d'une trêve dans la région.", "2017-11-13");
        List<Event> truces = events(e, "CEASEFIRE");
        assertEquals(1, truces.size());
        assertEquals(set("SYR"), new TreeSet<>(truces.get(0).getCountries()));
        assertEquals("called_for", truces.get(0).getStatus());
    }

    @Test
    void leadersWhoAgreedOnATruceMakeItAgreed() {
        EnrichedDispatch e = tag("Vladimir Poutine et Recep Tayyip Erdogan sont convenus d'un cessez-le-feu à Idleb.", "2020-03-05");
        assertEquals("agreed", events(e, "CEASEFIRE").get(0).getStatus());
    }

    @Test
    void aTruceNegotiatedByTwoStatesHasThemAsPartiesUnlessItsSidesAreNamed() {
        Event own = events(tag("Un cessez-le-feu négocié par Moscou et Ankara est entré en vigueur dans la région d'Idleb.", "2020-03-06"), "CEASEFIRE").get(0);
        assertEquals(set("RUS", "SYR", "TUR"), new TreeSet<>(own.getCountries()));
        Event brokered = events(tag("Une trêve négociée par l'Egypte entre Israël et la Palestine est entrée en vigueur.", "2021-05-21"), "CEASEFIRE").get(0);
        assertFalse(brokered.getCountries().contains("EGY"), brokered.getCountries().toString());
    }

    @Test
    void aTruceCalledForByOutsidersIsBetweenTheSidesThatNegotiate() {
        EnrichedDispatch e = tag("Vladimir Poutine a proposé des négociations directes entre Moscou et Kiev. "
                + "Il a ignoré l'appel lancé par Emmanuel Macron et Keir Starmer en faveur d'un cessez-le-feu, une initiative soutenue par Washington.", "2025-05-11");
        Event truce = events(e, "CEASEFIRE").get(0);
        assertEquals(set("RUS", "UKR"), new TreeSet<>(truce.getCountries()));
        assertEquals("called_for", truce.getStatus());
    }

    @Test
    void whoIsReadyToMeetTheLeadersIsAPartyAndTheFourWaySummitUnderStudyIsTheSameProposal() {
        EnrichedDispatch e = tag("Paris et Berlin se disent prêts à rencontrer les dirigeants russe et turc. "
                + "Le porte-parole du Kremlin Dmitri Peskov a déclaré qu'un sommet à quatre était à l'étude.", "2020-02-21");
        List<Event> summits = events(e, "SUMMIT_PROPOSAL");
        assertEquals(1, summits.size());
        assertEquals(set("DEU", "FRA", "RUS", "TUR"), new TreeSet<>(summits.get(0).getCountries()));
        assertEquals(2, summits.get(0).getEvidence().size());
    }

    @Test
    void aMeetingOfTheLeadersOfFourStatesBeingDiscussedIsAProposal() {
        EnrichedDispatch e = tag("Kremlin spokesman Dmitry Peskov said a meeting of the leaders of Russia, Turkey, France and Germany was being discussed.", "2020-02-22");
        List<Event> summits = events(e, "SUMMIT_PROPOSAL");
        assertEquals(1, summits.size());
        assertEquals(set("DEU", "FRA", "RUS", "TUR"), new TreeSet<>(summits.get(0).getCountries()));
        assertEquals("under_discussion", summits.get(0).getStatus());
    }

    @Test
    void twoPresidentsWhoAcceptedTheSummitAreItsPartiesNotTheSourceThatAnnouncedIt() {
        EnrichedDispatch e = tag("La présidence française a annoncé que les présidents américain et russe avaient accepté le principe d'un sommet.", "2022-02-21");
        List<Event> summits = events(e, "SUMMIT_PROPOSAL");
        assertEquals(1, summits.size());
        assertEquals(set("RUS", "USA"), new TreeSet<>(summits.get(0).getCountries()));
    }

    @Test
    void theTwoKoreasHoldingASummitAreBothParties() {
        EnrichedDispatch e = tag("The two Koreas agreed that South Korean President Moon Jae-in and Kim will hold a summit in late April.", "2018-03-08");
        assertEquals(set("KOR", "PRK"), new TreeSet<>(events(e, "SUMMIT_PROPOSAL").get(0).getCountries()));
    }

    @Test
    void theSourceOfACallReportAndWhatItAddsAreNoCallers() {
        EnrichedDispatch e = tag("Le président américain Donald Trump a interrompu la réunion pour appeler le chef du Kremlin. "
                + "Leur entretien téléphonique a duré quarante minutes, a précisé le conseiller du Kremlin Iouri Ouchakov, selon qui "
                + "les deux présidents ont évoqué les représentants russe et ukrainien.", "2025-08-18");
        Set<Set<String>> calls = events(e, "PHONE_CALL").stream().map(ev -> (Set<String>) new TreeSet<>(ev.getCountries())).collect(Collectors.toSet());
        assertEquals(Set.of(set("RUS", "USA")), calls);
    }

    @Test
    void coreferenceKeepsTheParticipantsAcrossSentences() {
        EnrichedDispatch e = tag("Emmanuel Macron a reçu Angela Merkel à Paris. "
                + "Ils se sont dits prêts à rencontrer le président Poutine.", "2020-02-21");
        List<Event> summits = events(e, "SUMMIT_PROPOSAL");
        assertEquals(1, summits.size());
        assertEquals(set("DEU", "FRA", "RUS"), new TreeSet<>(summits.get(0).getCountries()));
    }

    @Test
    void weekdayResolvesToTheLatestSuchDayOnOrBeforeTheDispatchDate() {
        // 2020-02-23 is a Sunday: "vendredi" is 21 February; "on Feb. 18" is explicit
        Event friday = events(tag("Vladimir Poutine et Recep Tayyip Erdogan se sont entretenus au téléphone vendredi.", "2020-02-23"), "PHONE_CALL").get(0);
        assertEquals(LocalDate.of(2020, 2, 21), friday.getDate());
        assertEquals("weekday", friday.getDateSource());
        Event explicit = events(tag("Vladimir Putin and Recep Tayyip Erdogan spoke by phone on Feb. 18.", "2020-02-23"), "PHONE_CALL").get(0);
        assertEquals(LocalDate.of(2020, 2, 18), explicit.getDate());
        assertEquals("explicit", explicit.getDateSource());
        Event none = events(tag("Vladimir Putin and Recep Tayyip Erdogan spoke by phone.", "2020-02-23"), "PHONE_CALL").get(0);
        assertEquals(LocalDate.of(2020, 2, 23), none.getDate());
        assertEquals("dispatch", none.getDateSource());
    }

    @Test
    void ordinalFirstOfTheMonthFromTheCalendarFileGivesAnExplicitDate() {
        Event first = events(tag("Vladimir Poutine et Recep Tayyip Erdogan se sont entretenus au téléphone le 1er mars.", "2020-03-03"), "PHONE_CALL").get(0);
        assertEquals(LocalDate.of(2020, 3, 1), first.getDate());
        assertEquals("explicit", first.getDateSource());
    }

    @Test
    void ceasefireCarriesItsStatusAndPlace() {
        Event violated = events(tag("La trêve à Idleb a été violée dimanche, selon Ankara.", "2020-03-08"), "CEASEFIRE").get(0);
        assertEquals("violated", violated.getStatus());
        assertEquals("196", violated.getCameo());
        assertTrue(violated.getCountries().contains("SYR"));
        Event called = events(tag("France called for a ceasefire in Gaza.", "2024-01-08"), "CEASEFIRE").get(0);
        assertEquals("called_for", called.getStatus());
        assertEquals("0256", called.getCameo());
        assertEquals(List.of("ISR", "PSE"), called.getCountries(), "a truce in Gaza in 2024 is between the states at war there; who calls for it is no side");
    }

    @Test
    void germanDispatchGetsCountriesButNoEvents() {
        EnrichedDispatch e = TAGGER.tag(dispatch("Bundeskanzlerin Angela Merkel hat am Freitag mit dem russischen Präsidenten "
                + "Wladimir Putin telefoniert. Die Lage in Syrien und in der Türkei war das Thema. Frankreich und Russland "
                + "verhandeln über einen Waffenstillstand.", "2020-02-21", null));
        assertEquals("de", e.getLanguage());
        assertFalse(e.getEventsSupported());
        assertTrue(e.getEvents().isEmpty());
        assertTrue(countries(e).containsAll(Set.of("DEU", "RUS")), countries(e).toString());
    }

    @Test
    void jsonIsPlainWithoutUnionWrappers() {
        String json = TagJson.toJson(tag("Vladimir Putin and Recep Tayyip Erdogan spoke by phone.", "2020-02-23"));
        assertTrue(json.contains("\"type\":\"PHONE_CALL\""), json);
        assertTrue(json.contains("\"date\":\"2020-02-23\""), json);
        assertFalse(json.contains("{\"string\""), json);
        assertNotNull(Tagger.version());
    }

    @Test
    void callsFromOneLeaderToTwoOthersAreTwoCalls() {
        EnrichedDispatch e = tag("The meeting followed telephone calls on Saturday from U.S. President Donald Trump to "
                + "Cambodian Prime Minister Hun Manet and Thailand's acting prime minister Phumtham Wechayachai.", "2025-07-28");
        Set<Set<String>> calls = events(e, "PHONE_CALL").stream().map(ev -> (Set<String>) new TreeSet<>(ev.getCountries())).collect(Collectors.toSet());
        assertEquals(Set.of(Set.of("KHM", "USA"), Set.of("THA", "USA")), calls);
    }

    @Test
    void aMeetingBetweenTwoLeadersLeavesItsOrganiserOut() {
        EnrichedDispatch e = tag("Donald Trump a annoncé lundi avoir commencé à organiser une rencontre entre Vladimir Poutine "
                + "et Volodymyr Zelensky.", "2025-08-18");
        List<Event> summits = events(e, "SUMMIT_PROPOSAL");
        assertEquals(1, summits.size(), summits.toString());
        assertEquals(Set.of("RUS", "UKR"), new TreeSet<>(summits.get(0).getCountries()));
    }

    @Test
    void languageIsFoundWithoutADeclarationAndADeclaredOneIsTrusted() {
        String fr = "Le président russe s'est entretenu avec son homologue turc au sujet de la situation dans la région, "
                + "a indiqué le Kremlin dans un communiqué publié après les discussions.";
        assertEquals("fr", TAGGER.tag(dispatch(fr, "2020-02-21", null)).getLanguage());
        assertEquals("en", TAGGER.tag(dispatch("Putin and Erdogan spoke.", "2020-02-21", "en")).getLanguage());
    }
}
