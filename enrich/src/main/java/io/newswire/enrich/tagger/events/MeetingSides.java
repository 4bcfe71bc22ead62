package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.enrich.tagger.kb.WordClass;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.ParticipantPart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sides of a meeting frame and where it takes place: who travels to whom ("visited Kyiv", "arrived in Moscow"),
 * who receives whom ("hosted", "a été reçu par"), or who meets whom where ("met in Helsinki": a third place unless
 * the place is one side's). One state alone is no meeting between states.
 */
final class MeetingSides {

    /** How a meeting stands to its places: CAMEO 042/043 (a visit, hosted) or 044 (a third place), by its wire name in event-codes.tsv. */
    enum Mode {
        VISIT, HOST, THIRD_PLACE, UNPLACED;

        String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static java.util.Optional<Mode> find(String wireName) {
            return java.util.Arrays.stream(values()).filter(m -> m.wireName().equals(wireName)).findFirst();
        }
    }

    /** One side: its country, a reference that names it (null for a host named by its place only), its part. */
    record Side(String country, Ref ref, ParticipantPart part) {
    }

    final Map<String, Side> sides = new LinkedHashMap<>();
    String hostCountry;
    String venueCountry;
    String venue;
    Mode mode = Mode.UNPLACED;

    /** Whether a call for a meeting names whom it asks before the meeting ("urged him to", "called on Putin to"). */
    private static boolean addressed(SentenceReading s, CueIndex.At cue, CueIndex.TriggerAt trigger) {
        if (!s.cues().within(CueKind.PRONOUN, cue.end(), trigger.start()).isEmpty()) return true;
        return s.here().stream().anyMatch(r -> r.from() >= cue.end() && r.to() <= trigger.start());
    }

    /** Words between a verb and the officials it takes as object (a possessive: "leurs homologues"). */
    private static final int OBJECT_DETERMINER = 1;

    static MeetingSides of(SentenceReading s, Frame f) {
        MeetingSides m = new MeetingSides();
        TriggerFrame kind = f.trigger().trigger().frame();
        List<Ref> agents = sides(actors(s, f), s, f);
        List<Ref> partners = sides(f.partners(), s, f);
        // "où les deux dirigeants doivent retrouver leurs homologues des grandes économies": a verb whose object is officials
        // of no state named meets them, not its subjects each other
        if (kind == TriggerFrame.TALKS && f.trigger().trigger().word() == WordClass.VERB && partners.isEmpty()
                && !s.cues().within(CueKind.OFFICIALS, f.trigger().end(), f.trigger().end() + OBJECT_DETERMINER + 1).isEmpty()) return m;
        List<Ref> named = namedByItsAdjectives(s, f);
        if (!named.isEmpty() && kind != TriggerFrame.HOST) {      // "après le sommet russo-américain": its sides, whoever speaks
            agents = new ArrayList<>();
            partners = new ArrayList<>(named);
        }
        partners.addAll(sides(describedBy(s, f), s, f));          // "a new summit in the Normandy format, which would also bring in the leaders of..."
        if (partners.isEmpty() && placed(s, f) && (kind == TriggerFrame.NEGOTIATION || kind == TriggerFrame.HOST)) {
            for (Ref r : agreeing(s, f)) if (agents.stream().noneMatch(a -> Objects.equals(a.country(), r.country()))) partners.add(r);
        }
        // "after 48 hours of talks": talks named apart from a subject of one state, with no one to talk with, are no meeting
        if (f.inherited() && partners.isEmpty() && kind != TriggerFrame.VISIT && kind != TriggerFrame.HOST
                && agents.stream().map(Ref::country).distinct().count() < 2) return m;
        // "urged him to negotiate with Kyiv": who asks another to meet is not one of its sides; who "called for a
        // meeting with Putin", asking no one in between, is
        CueIndex.At cue = f.statusCue();
        if (cue != null && cue.cue().kind() == CueKind.MODALITY && cue.cue().status() == EventStatus.CALLED_FOR
                && addressed(s, cue, f.trigger())) agents.removeIf(r -> r.to() <= cue.start());
        if (f.between()) {                           // "talks between X and Y": X and Y meet, whoever arranged it
            CueIndex.At between = FrameReader.betweenOf(s, f.trigger());
            partners.removeIf(r -> r.from() < between.end());
            if (kind != TriggerFrame.HOST) agents = List.of();
        }
        // "the deal, signed in the presence of X and Y": witnesses join the sides who act; without them they meet no one
        if (f.trigger().trigger().word() == WordClass.ADVERBIAL && agents.isEmpty()) return m;
        for (Ref v : f.venues()) {
            if (v.actor() != null || FrameReader.isTopic(v, s.cues())) continue;
            m.venueCountry = v.country();
            m.venue = s.text().surface(v.from(), v.to());
            break;
        }
        if (m.venueCountry == null) {                // "ended in Istanbul": a city of venues.tsv gives its state as the venue
            for (Ref c : s.cities()) {
                if (!s.clauses().together(c.from(), f.trigger().start()) || !FrameReader.isVenue(c, s.cues(), s.here())) continue;
                m.venueCountry = c.country();
                m.venue = s.text().surface(c.from(), c.to());
                break;
            }
        }
        List<Ref> visitors;
        List<Ref> hosts;
        switch (kind) {
            case VISIT -> {
                CueIndex.At by = passiveAgent(s, f);
                List<Ref> byWhom = by == null ? List.of() : partners.stream().filter(r -> r.from() >= by.end()).toList();
                if (awaitedBy(s, f, by, byWhom)) {         // "est attendu mardi à Pékin par le président Xi Jinping": who awaits hosts
                    visitors = new ArrayList<>(travellers(s, f, agents));
                    hosts = near(byWhom, by.end(), Reach.VISITORS);
                    partners.removeAll(byWhom);
                    m.hostCountry = hosts.get(0).country();
                    break;
                }
                visitors = new ArrayList<>(byWhom.isEmpty() ? travellers(s, f, agents) : byWhom);     // "a possible visit to Taiwan by Speaker Nancy Pelosi"
                partners.removeAll(byWhom);
                CueIndex.At alongside = s.cues().after(CueKind.ALONGSIDE, f.trigger().end(), Reach.SUMMIT + Reach.SUMMIT);
                if (alongside != null) {                                // "est attendu à Pékin ... aux côtés de Xi Jinping et Vladimir Poutine"
                    for (Ref r : partners) if (r.from() >= alongside.end()) visitors.add(r);
                    partners.removeIf(r -> r.from() >= alongside.end());
                }
                hosts = near(partners, f.trigger().end(), Reach.DESTINATION).stream().filter(r -> r.actor() != null).toList();
                m.hostCountry = destination(s, f);
                if (m.hostCountry == null && !hosts.isEmpty()) m.hostCountry = hosts.get(0).country();
            }
            case HOST -> {
                CueIndex.At by = passiveAgent(s, f);
                if (by != null && s.clauses().together(by.start(), f.trigger().start())) {    // "a été reçu par Poutine", "accueilli à Rabat par le roi"
                    // who follows "par", not the places the sentence names after it ("pour un dîner ... entre Paris et Rome")
                    hosts = near(partners.stream().filter(r -> r.from() >= by.end()).toList(), by.end(), Reach.VISITORS);
                    visitors = new ArrayList<>(agents);
                    visitors.addAll(partners.stream().filter(r -> r.from() < by.start()).toList());
                } else if (by == null && m.venueCountry != null && PassiveWithoutAgent.of(s, f)) {    // "a été reçu lundi à la Maison Blanche"
                    hosts = List.of();
                    visitors = new ArrayList<>(agents);
                    // "Au Kremlin a été reçu mercredi le président syrien X": with no subject before it, the guest follows the verb
                    if (visitors.isEmpty()) visitors.addAll(near(partners.stream().filter(r -> r.from() >= f.trigger().end() && r.actor() != null).toList(), f.trigger().end(), Reach.VISITORS));
                    m.hostCountry = m.venueCountry;
                    // "Reçu jeudi à l'Elysée, X a appelé": the guest is the subject after the phrase, not one inherited from
                    // before, and the host the place in the phrase
                    PassiveWithoutAgent.Fronted fronted = PassiveWithoutAgent.opens(s, f) ? PassiveWithoutAgent.fronted(s, f, Subjects.named(s)) : null;
                    if (fronted != null) {
                        visitors = new ArrayList<>(List.of(fronted.guest()));
                        m.hostCountry = fronted.place().country();
                    }
                } else {
                    hosts = agents;
                    visitors = near(partners, GuestTitle.end(s, partners, pastVenues(f, f.trigger().end())), Reach.VISITORS);
                }
                if (!hosts.isEmpty()) m.hostCountry = hosts.get(0).country();
                else if (m.hostCountry == null) m.hostCountry = m.venueCountry;             // "hosted the talks at his residence in Putrajaya"
            }
            default -> {
                visitors = new ArrayList<>(agents);
                visitors.addAll(partners);
                for (Ref r : joiningAfter(s, f)) if (Parties.official(r, s) && !visitors.contains(r)) visitors.add(r);   // "met ..., in talks joined by Blinken"
                hosts = List.of();
            }
        }
        List<Ref> all = new ArrayList<>(hosts);
        all.addAll(visitors);
        boolean venueIsASide = m.venueCountry != null && all.stream().anyMatch(r -> Objects.equals(r.country(), m.venueCountry));
        if (m.hostCountry == null && venueIsASide) m.hostCountry = m.venueCountry;
        if (m.hostCountry == null && heldInAnotherCapital(s, f, kind, all)) m.hostCountry = m.venueCountry;
        // "s'est entretenu avec X": in person only where a place or an occasion ("en marge de l'Assemblée générale") is named,
        // or the words or the trip put them together
        if (kind == TriggerFrame.CONVERSATION && m.hostCountry == null) {
            if (!TalkMedium.inPerson(s, f, all)) return m;
            if (m.venueCountry == null) m.hostCountry = Whereabouts.meetingPlace(s, f, all);     // "BEIJING - Blinken spoke with Xi": the dateline's
        }
        // the people named are the sides, not the places they talk about; who acts is a side whoever it is ("Paris et Berlin")
        java.util.Map<String, Ref> parties = Parties.peopleOrOfficialsFirst(Parties.of(all, s.cues()), s);
        Parties.of(agents, s.cues()).forEach(parties::putIfAbsent);
        if (!hosts.isEmpty()) Parties.of(hosts, s.cues()).forEach(parties::putIfAbsent);
        for (Ref r : parties.values()) {
            boolean hostSide = Objects.equals(r.country(), m.hostCountry);
            m.sides.put(r.country(), new Side(r.country(), r, m.hostCountry == null ? ParticipantPart.PARTICIPANT : hostSide ? ParticipantPart.HOST : ParticipantPart.VISITOR));
        }
        if (m.hostCountry != null && !m.sides.containsKey(m.hostCountry)) m.sides.put(m.hostCountry, new Side(m.hostCountry, null, ParticipantPart.HOST));
        // a visit where every traveller is at home is no meeting between states ("while in France, he declined to go
        // to a war cemetery where U.S. Marines lie")
        if (kind == TriggerFrame.VISIT && m.hostCountry != null && hosts.isEmpty() && !visitors.isEmpty()
                && visitors.stream().allMatch(r -> Objects.equals(r.country(), m.hostCountry))) m.sides.clear();
        // states meet through people: a country's name alone travels nowhere ("the US National Medal ... during a visit to
        // Paris"), and a seat is where one goes, not who goes ("a trip to the White House"); a summit by its name needs
        // no traveller ("le sommet du G20 de Pékin")
        if ((kind == TriggerFrame.VISIT || kind == TriggerFrame.HOST) && !hostsASummit(s, f) && m.sides.values().stream().noneMatch(side -> travels(s, side, kind))) m.sides.clear();
        SpeakerAfter.addTo(s, f, m);        // "There will be no meeting with Trump unless ..., Rouhani said": the speaker, the other side
        if (m.hostCountry != null) m.mode = kind == TriggerFrame.HOST ? Mode.HOST : Mode.VISIT;
        else if (m.venueCountry != null) m.mode = Mode.THIRD_PLACE;
        return m;
    }

    /**
     * The states the sentence's main clause says agreed, when talks at a named place are told beside it without their
     * sides ("La Thaïlande et le Cambodge sont convenus d'un cessez-le-feu, a annoncé Anwar Ibrahim, qui accueillait les
     * pourparlers à Putrajaya"): they are who talked. Fewer than two states, none.
     */
    private static List<Ref> agreeing(SentenceReading s, Frame f) {
        for (CueIndex.At cue : s.cues().all(CueKind.MODALITY)) {
            if (cue.cue().status() != EventStatus.AGREED || cue.start() >= f.trigger().start()) continue;
            if (s.clauses().of(cue.start()).kind() != Clauses.Kind.MAIN || s.clauses().together(cue.start(), f.trigger().start())) return List.of();
            List<Ref> out = new ArrayList<>();
            for (Ref r : s.here()) {
                if (r.to() > cue.start() || r.country() == null || !s.clauses().together(r.from(), cue.start())) continue;
                if (!FrameReader.isVenue(r, s.cues(), s.here()) && !FrameReader.isTopic(r, s.cues())) out.add(r);
            }
            return out.stream().map(Ref::country).distinct().count() >= 2 ? out : List.of();
        }
        return List.of();
    }

    /**
     * The states the adjectives right after a meeting noun name, two or more ("le sommet russo-américain d'Alaska", "les
     * pourparlers russo-ukrainiens"): its sides, though a demonym alone names no official.
     */
    private static List<Ref> namedByItsAdjectives(SentenceReading s, Frame f) {
        if (!f.trigger().trigger().noun()) return List.of();
        List<Ref> out = new ArrayList<>();
        int next = f.trigger().end();
        for (Ref r : s.here()) {
            if (r.from() < next) continue;
            if (r.from() > next || !"demonym".equals(r.via()) || r.country() == null) break;
            out.add(r);
            next = r.to();
        }
        return out.stream().map(Ref::country).distinct().count() >= 2 ? out : List.of();
    }

    /** Whether the talks have a place, named in their clause or the one they stand in ("a annoncé à Moscou X, à l'issue de dix heures de négociations"). */
    private static boolean placed(SentenceReading s, Frame f) {
        if (!f.venues().isEmpty()) return true;
        Clauses.Clause parent = s.clauses().parent(f.clause());
        if (parent == null) return false;
        for (Ref r : s.here()) if (s.clauses().of(r.from()).index() == parent.index() && FrameReader.isVenue(r, s.cues(), s.here())) return true;
        return false;
    }

    /** The parties of a relative clause that tells of the noun trigger right before it ("a summit ..., which would bring in X"). */
    private static List<Ref> describedBy(SentenceReading s, Frame f) {
        CueIndex.TriggerAt t = f.trigger();
        if (!t.trigger().noun()) return List.of();
        for (CueIndex.At rel : s.cues().all(CueKind.RELATIVE)) {
            if (rel.start() < t.end() || rel.start() - t.end() > Reach.SUMMIT) continue;
            Clauses.Clause c = s.clauses().of(rel.start());
            if (c.kind() != Clauses.Kind.RELATIVE || c.opener() != rel.start() || c.parent() != f.clause().index()) continue;
            if (s.cues().triggerWithin(t.end(), s.clauses().end(c))) return List.of();     // "qui serait suivie d'un sommet à trois": another meeting
            if (!s.cues().within(CueKind.ABSENT, rel.start(), s.clauses().end(c)).isEmpty()) return List.of();   // "talks ... from which Ukraine was absent"
            List<Ref> out = new ArrayList<>();
            for (Ref r : s.here()) if (s.clauses().of(r.from()).index() == c.index() && !FrameReader.isVenue(r, s.cues(), s.here())) out.add(r);
            return out;
        }
        return List.of();
    }

    /**
     * Who acts before the trigger: its subject alone after a possessive ("au lendemain de sa visite à Kiev"), else
     * every party named before it in its clause ("invited the Russian leader to visit China"), less a passive's agent
     * ("reçu au Kremlin par Poutine, au lendemain de sa visite": Poutine received, he did not visit).
     */
    private static List<Ref> actors(SentenceReading s, Frame f) {
        if (f.subject().isEmpty()) return f.agents();
        if (f.trigger().trigger().noun()) {
            List<Ref> owners = PairOwners.of(s, f);
            if (owners != null) return owners;
            if (s.cues().before(CueKind.DEMONSTRATIVE, f.trigger().start(), Reach.NEXT) != null) return f.subject();
        }
        List<Ref> out = new ArrayList<>();
        for (Ref r : f.agents()) {
            CueIndex.At by = s.cues().before(CueKind.PASSIVE_AGENT, r.from(), Reach.NEXT + 1);
            if ((by == null && !inApposition(s, f, r)) || f.subject().contains(r)) out.add(r);
        }
        return out;
    }

    /**
     * Whether a name stands between commas after the subject and before the trigger: it says who the subject is, it
     * does not act ("Viktor Orban, considéré comme le dirigeant européen le plus proche du Kremlin, s'est rendu à Kiev").
     */
    private static boolean inApposition(SentenceReading s, Frame f, Ref r) {
        if (f.subject().contains(r)) return false;
        int subjectEnd = f.subject().stream().mapToInt(Ref::to).max().orElse(Integer.MAX_VALUE);
        if (r.from() < subjectEnd) return false;
        Clauses clauses = s.clauses();
        int start = clauses.segmentStart(r.from());
        return start >= subjectEnd && start > clauses.segmentStart(subjectEnd - 1) && clauses.segmentEnd(r.to()) <= f.trigger().start();
    }

    /**
     * Who travels: the subject ("Orban, considéré comme le dirigeant le plus proche du Kremlin, s'est rendu à Kiev"),
     * and who the governing verb sends ("Xi invited the Russian leader to visit China").
     */
    private static List<Ref> travellers(SentenceReading s, Frame f, List<Ref> agents) {
        if (f.subject().isEmpty()) return agents;
        List<Ref> out = new ArrayList<>(sides(f.subject(), s, f));
        CueIndex.At cue = f.statusCue();
        if (cue != null) for (Ref r : agents) if (r.from() >= cue.end() && !out.contains(r)) out.add(r);
        return out.isEmpty() ? agents : out;
    }

    /**
     * "met on the margins of the Munich Security Conference on Saturday, in talks joined by U.S. Secretary of State Antony
     * Blinken": who is named after a cue of joining told after the trigger in its clause, with no other event verb nor
     * meeting of its own between, takes part in the same talks, whatever occasion is named before ("met Trump ... before a
     * wider session joined by": the session's, another clause).
     */
    private static List<Ref> joiningAfter(SentenceReading s, Frame f) {
        CueIndex.At alongside = s.cues().after(CueKind.ALONGSIDE, f.trigger().end(), Reach.SUMMIT + Reach.SUMMIT);
        if (alongside == null || s.clauses().of(alongside.start()).index() != f.clause().index()) return List.of();
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.start() >= f.trigger().end() && t.start() < alongside.start() && !t.trigger().noun()) return List.of();
        }
        for (CueIndex.TriggerAt t : triggers(s)) if (t.start() >= f.trigger().end() && t.start() < alongside.start()) return List.of();
        List<Ref> out = new ArrayList<>();
        for (Ref r : s.here()) if (r.from() >= alongside.end() && s.clauses().together(alongside.start(), r.from())) out.add(r);
        return out;
    }

    /**
     * "pourparlers ... à Moscou, sous l'égide de Sergueï Lavrov", "talks near Washington, under the auspices of U.S.
     * Secretary of State Antony Blinken": an official under whose auspices talks are held in his own state hosts them and
     * takes part, though the cue names a sponsor; so in a city of venues.tsv ("à Istanbul, sous l'égide du chef de la
     * diplomatie turque").
     */
    private static boolean hostsUnderItsAuspices(Ref r, SentenceReading s, Frame f) {
        if (r.actor() == null && !"role".equals(r.via())) return false;
        if (!namedAfter(CueKind.AUSPICES, r, s)) return false;
        for (Ref v : f.venues()) {
            if (v.actor() == null && !FrameReader.isTopic(v, s.cues())) return Objects.equals(r.country(), v.country());
        }
        for (Ref c : s.cities()) {
            if (s.clauses().together(c.from(), f.trigger().start()) && FrameReader.isVenue(c, s.cues(), s.here())) return Objects.equals(r.country(), c.country());
        }
        return false;
    }

    /** Whether a side is someone who meets for a state: a person, or who speaks for it; on a visit, not a seat. */
    /**
     * "Turkey is ready to host a summit between Russia and Ukraine", "prête à accueillir un sommet entre": a verb of
     * hosting whose object is a summit by its name (the noun its frame took in): a summit, which needs no traveller.
     */
    static boolean hostsASummit(SentenceReading s, Frame f) {
        CueIndex.TriggerAt host = f.trigger();
        if (host.trigger().frame() != TriggerFrame.HOST || host.trigger().noun()) return false;
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.start() >= host.end() && t.start() - host.end() <= Reach.SAME_MEETING && t.trigger().noun()
                    && t.trigger().frame() == TriggerFrame.SUMMIT && s.clauses().together(t.start(), host.start())) return true;
        }
        return false;
    }

    /**
     * "prêt à accueillir au Vatican des négociations entre la Russie et l'Ukraine": a host verb whose object is a noun of
     * talks, no person named between them.
     */
    static boolean hostsNegotiation(SentenceReading s, Frame f) {
        CueIndex.TriggerAt host = f.trigger();
        if (host.trigger().frame() != TriggerFrame.HOST || host.trigger().noun()) return false;
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.start() < host.end() || t.start() - host.end() > Reach.SUMMIT || !s.clauses().together(t.start(), host.start())) continue;
            int from = host.end();
            boolean personBetween = s.here().stream().anyMatch(r -> r.actor() != null && r.from() >= from && r.from() < t.start());
            return t.trigger().noun() && t.trigger().frame() == TriggerFrame.NEGOTIATION && !personBetween;
        }
        return false;
    }

    private static boolean travels(SentenceReading s, Side side, TriggerFrame kind) {
        Ref r = side.ref();
        if (r == null) return false;
        if (r.actor() != null) return true;
        if (kind == TriggerFrame.VISIT && side.part() != ParticipantPart.HOST && r.via().equals("seat")) return false;
        return speaksForItsState(s, r);
    }

    /** A role, an office, a seat or a demonym naming officials: who can speak for a state without being named. */
    private static boolean speaksForItsState(SentenceReading s, Ref r) {
        return switch (r.via()) {
            case "role", "seat", "institution", "coreference" -> true;
            case "demonym" -> Parties.official(r, s);
            default -> false;
        };
    }

    /** The references that start within {@code reach} tokens after {@code end}, and those coordinated right after them. */
    /** Where who is received may start: after the places told right after the verb ("a reçu lundi au palais de l'Elysée son homologue"). */
    private static int pastVenues(Frame f, int end) {
        int at = end;
        for (Ref v : f.venues()) if (v.from() >= end && v.from() <= at + Reach.VISITORS) at = Math.max(at, v.to());
        return at;
    }

    private static List<Ref> near(List<Ref> refs, int end, int reach) {
        List<Ref> out = new ArrayList<>();
        int limit = end + reach;
        for (Ref r : refs) {
            if (r.from() > limit) break;
            out.add(r);
            limit = Math.max(limit, r.to() + reach);
        }
        return out;
    }

    /** Where a visit goes: the place named right after the trigger in its clause ("visited Kyiv", "a visit to Turkey"). */
    private static String destination(SentenceReading s, Frame f) {
        List<String> all = destinations(s, f);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every place a visit goes to, in order: "doit se rendre ensuite en Serbie puis en Hongrie" goes to two. */
    static List<String> destinations(SentenceReading s, Frame f) {
        List<String> out = new ArrayList<>();
        int limit = Durations.skipLength(s, f.trigger().end()) + Reach.DESTINATION;     // "une visite d'Etat de trois jours en France"
        int site = siteAfter(s, f);
        List<Ref> here = s.here();
        for (int i = 0; i < here.size(); i++) {
            Ref r = here.get(i);
            if (r.from() < f.trigger().end() || r.country() == null || r.via().equals("demonym")) continue;
            if (r.from() > limit || r.from() >= site) break;
            if (r.actor() == null && titleOfTheNext(s, here, i)) continue;      // "a visit by U.S. President Joe Biden to Hanoi": the state names the person, not where
            if (r.actor() != null) {                            // "la visite d'Etat du roi Charles III en France": a noun's visitor, then where
                if (f.trigger().trigger().noun()) limit = Math.max(limit, r.to() + Reach.ADJACENT);
                continue;
            }
            if (s.clauses().of(r.from()).index() != f.clause().index()) continue;
            if (!out.contains(r.country())) out.add(r.country());
            limit = r.to() + Reach.ADJACENT;                   // "en Serbie puis en Hongrie", "to Warsaw and Vilnius"
        }
        return out;
    }

    /**
     * Whether a state's name heads the title of the person named right after it ("U.S. President Joe Biden"): it says
     * whose the person is, it is no place a visit goes to. A capital or a seat is a place ("se rendre à Moscou pour
     * rencontrer Vladimir Poutine", "à Berlin à l'invitation d'Olaf Scholz"), and a name after a preposition too; only
     * a name right after a noun's "by" heads a visitor's title ("a state visit to Japan has been rescheduled, Yoshihide
     * Suga said": Japan is where).
     */
    private static boolean titleOfTheNext(SentenceReading s, List<Ref> here, int i) {
        Ref r = here.get(i);
        if (i + 1 >= here.size() || !r.via().equals("name") || r.locative()) return false;
        if (s.cues().before(CueKind.PASSIVE_AGENT, r.from(), Reach.NEXT) == null) return false;
        Ref next = here.get(i + 1);
        return next.actor() != null && Objects.equals(r.country(), next.country()) && next.from() >= r.to() && next.from() - r.to() <= Reach.ADJACENT;
    }

    /** Where a site named after the trigger in its clause starts ("visited a cemetery of U.S. Marines"): no state lies beyond it. */
    private static int siteAfter(SentenceReading s, Frame f) {
        for (CueIndex.At c : s.cues().all(CueKind.SITE)) {
            if (c.start() >= f.trigger().end() && s.clauses().of(c.start()).index() == f.clause().index()) return c.start();
        }
        return Integer.MAX_VALUE;
    }

    /** These sides, and the same going on to each further destination of a visit. */
    List<MeetingSides> perDestination(SentenceReading s, Frame f) {
        List<MeetingSides> out = new ArrayList<>(List.of(this));
        if (f.trigger().trigger().frame() != TriggerFrame.VISIT) return out;
        List<String> all = destinations(s, f);
        for (int i = 1; i < all.size(); i++) out.add(goingOnTo(all.get(i)));
        return out;
    }

    /** The same sides going on to another host ("puis en Hongrie"): one meeting per destination. */
    MeetingSides goingOnTo(String host) {
        MeetingSides m = new MeetingSides();
        m.hostCountry = host;
        m.mode = mode;
        for (Side side : sides.values()) if (side.part() != ParticipantPart.HOST) m.sides.put(side.country(), side);
        m.sides.put(host, new Side(host, null, ParticipantPart.HOST));
        return m;
    }

    /**
     * Whether the noun trigger stands in the occasion phrase that follows the meeting trigger ("talks on the sidelines of the
     * ... summit"), in its clause or in a relative clause opened right after the meeting's noun phrase ("a annulé la rencontre
     * avec Poutine qui devait avoir lieu samedi en marge du sommet du G20 de Buenos Aires").
     */
    private static boolean occasionOf(SentenceReading s, CueIndex.TriggerAt meeting, CueIndex.TriggerAt noun) {
        CueIndex.At occasion = s.cues().before(CueKind.OCCASION, noun.start(), Reach.SUMMIT);
        if (occasion == null || occasion.start() < meeting.end()) return false;
        if (s.clauses().together(meeting.start(), noun.start())) return true;
        return meeting.trigger().noun() && inItsRelative(s, meeting, occasion.start()) && inItsRelative(s, meeting, noun.start());
    }

    /** Whether the token stands in a relative clause on the meeting noun: opened a few words after it, in the clause that holds the noun. */
    private static boolean inItsRelative(SentenceReading s, CueIndex.TriggerAt meeting, int token) {
        Clauses clauses = s.clauses();
        Clauses.Clause own = clauses.of(meeting.start());
        for (Clauses.Clause c = clauses.of(token); c != null; c = clauses.parent(c)) {
            if (c.kind() == Clauses.Kind.RELATIVE && c.parent() == own.index() && c.opener() >= meeting.end()
                    && c.opener() - meeting.end() <= Reach.RELATIVE_ON_MEETING) return true;
        }
        return false;
    }

    /** Whether a meeting noun names its own sides: "talks between A and B", "their summit with C". */
    static boolean namesItsSides(SentenceReading s, CueIndex.TriggerAt noun) {
        CueIndex.At with = s.cues().after(CueKind.WITH, noun.end(), Reach.ADJACENT);
        return FrameReader.betweenOf(s, noun) != null || (with != null && s.clauses().together(noun.start(), with.start()));
    }

    /**
     * Who can be a side: officials and offices, not a state's people ("Thousands of Ethiopians"), nor who sponsors
     * or brokers ("talks brokered by Saudi Arabia and the United States").
     */
    private static List<Ref> sides(List<Ref> refs, SentenceReading s, Frame f) {
        List<Ref> out = new ArrayList<>();
        boolean theOccasion = theOccasion(s, f.trigger());
        for (Ref r : refs) {
            if (!Parties.official(r, s) && !aPeopleBetween(s, f, r)) continue;
            if ((namedAfter(CueKind.SPONSOR, r, s) && !hostsUnderItsAuspices(r, s, f)) || (!theOccasion && inTheOccasion(r, s, f))) continue;
            if (theOccasion && pastAnOpeningOccasion(s, r)) continue;     // "En marge du sommet organisé par X, Biden a rencontré": Biden is not at the summit's table
            if (agentOfAnotherVerb(s, f, r)) continue;
            out.add(r);
        }
        return out;
    }

    /**
     * "les négociations entre Russes et Ukrainiens", "talks between Americans and Ukrainians": two peoples named by their
     * names (written with a capital, joined by a conjunction, no word between) after the "between" of a meeting noun
     * held at a place the knowledge base knows ("à Djeddah", "in the Saudi city of Jeddah") stand for their delegations; "between Israel and the
     * Palestinians", "the US and Chinese governments", talks between peoples with no place ("au point mort") do not.
     */
    private static boolean aPeopleBetween(SentenceReading s, Frame f, Ref r) {
        if (!f.between() || !f.trigger().trigger().noun() || !aPeople(s, r) || !(placed(s, f) || placedInItsClause(s, f))) return false;
        CueIndex.At between = FrameReader.betweenOf(s, f.trigger());
        if (between == null || r.from() < between.end()) return false;
        for (Ref o : s.here()) {
            if (o == r || !aPeople(s, o) || o.from() < between.end()) continue;
            Ref first = o.from() < r.from() ? o : r, second = first == o ? r : o;
            if (second.from() == first.to() + 1 && s.text().lexicon().profile().conjunctions().contains(s.text().tokens().get(first.to()).term())) return true;
        }
        return false;
    }

    /**
     * Whether a place stands anywhere in the trigger's clause, a state's or a city of venues.tsv ("les négociations entre
     * ... ont pris fin vendredi à Istanbul").
     */
    private static boolean placedInItsClause(SentenceReading s, Frame f) {
        for (Ref r : s.here()) if (s.clauses().of(r.from()).index() == f.clause().index() && FrameReader.isVenue(r, s.cues(), s.here())) return true;
        // a city is no state: the talks are placed there only where their clause tells they took place ("ended", "lasted")
        if (f.status() != EventStatus.OCCURRED || (f.statusCue() == null && StatusReader.outcomeOfTalks(s, f.trigger()) == null && !toldOver(s, f))) return false;
        for (Ref r : s.cities()) if (s.clauses().within(r.from(), f.clause()) && FrameReader.isVenue(r, s.cues(), s.here())) return true;
        return false;
    }


    /**
     * "Les premières négociations ... depuis 2022 ont pris fin vendredi à Istanbul": an outcome of the talks told after
     * them in a phrase their clause holds (the phrase of "depuis" runs on to the verb), no other trigger between.
     */
    private static boolean toldOver(SentenceReading s, Frame f) {
        for (CueIndex.At o : s.cues().within(CueKind.OUTCOME, f.trigger().end(), s.sentence().endToken())) {
            if (s.clauses().within(o.start(), f.clause()) && !s.cues().triggerWithin(f.trigger().end(), o.start())) return true;
        }
        return false;
    }

    /** A demonym written with a capital: a people's name ("Russes", "Americans"), or in English any demonym. */
    private static boolean aPeople(SentenceReading s, Ref r) {
        return r.via().equals("demonym") && r.country() != null && s.cues().capitalized(r.from());
    }

    /**
     * "welcomed Marc Fogel, an American teacher freed by Russia": a state, agent of a passive told after the trigger beyond
     * the reach of the trigger's own ("was received on Monday in Rabat by the king"), acts in another verb, not in the meeting.
     */
    private static boolean agentOfAnotherVerb(SentenceReading s, Frame f, Ref r) {
        if (r.from() < f.trigger().end() || r.actor() != null) return false;     // a person named after "by" is who meets ("were joined by Iohannis")
        CueIndex.At by = s.cues().before(CueKind.PASSIVE_AGENT, r.from(), Reach.NEXT + 1);
        return by != null && !by.equals(passiveAgent(s, f));
    }

    /**
     * A verb of a visit in the passive whose agent is a person ("est attendu mardi à Pékin par le président Xi Jinping"):
     * the agent receives the visitor, as a host's passive does ("a été reçu par"); a noun's "by" names the visitor ("a
     * visit to Taiwan by Speaker Pelosi"), and so does a noun between ("will then travel on to Austria, the first visit by
     * an Indian prime minister").
     */
    private static boolean awaitedBy(SentenceReading s, Frame f, CueIndex.At by, List<Ref> byWhom) {
        return by != null && f.trigger().trigger().word() == WordClass.VERB && s.clauses().together(by.start(), f.trigger().start())
                && !s.cues().triggerWithin(f.trigger().end(), by.start()) && byWhom.stream().anyMatch(r -> r.actor() != null) && !near(byWhom, by.end(), Reach.VISITORS).isEmpty();
    }

    /**
     * The "by" of the trigger's own passive: close after it, with no one named between, places aside ("a été accueilli
     * lundi à Rabat par le roi"); in "welcomed Marc Fogel, an American teacher freed by Russia" it is another verb's.
     */
    private static CueIndex.At passiveAgent(SentenceReading s, Frame f) {
        CueIndex.At by = s.cues().after(CueKind.PASSIVE_AGENT, f.trigger().end(), Reach.PASSIVE_AGENT);
        if (by == null) return null;
        return f.partners().stream().anyMatch(r -> r.from() >= f.trigger().end() && r.to() <= by.start() && someone(r)) ? null : by;
    }

    /** A person, or a people named by its demonym or role; not a place ("a possible visit to Taiwan by Speaker Pelosi"). */
    private static boolean someone(Ref r) {
        return r.actor() != null || !(r.via().equals("name") || r.via().equals("capital"));
    }

    /**
     * Whether the trigger is the occasion itself ("on the sidelines of their three-way summit with Biden", "en marge du
     * sommet tripartite"): its people are its sides, and it is a meeting of its own beside the one held at it.
     */
    static boolean theOccasion(SentenceReading s, CueIndex.TriggerAt trigger) {
        CueIndex.At cue = s.cues().first(CueKind.OCCASION);
        return cue != null && trigger.start() >= cue.end() && trigger.start() - cue.end() <= Reach.SAME_MEETING && s.clauses().together(cue.start(), trigger.start());
    }

    /** Whether the reference stands after a cue of this kind in the same clause ("sponsored by X", "on the sidelines of X's summit"). */
    private static boolean namedAfter(CueKind kind, Ref r, SentenceReading s) {
        CueIndex.At cue = s.cues().first(kind);
        return cue != null && r.from() >= cue.end() && s.clauses().together(cue.start(), r.from());
    }

    /**
     * Whether the reference stands inside the occasion of the meeting ("on the sidelines of X's summit"). An occasion that
     * opens the lead ends at its comma: "En marge de l'Assemblée générale, Emmanuel Macron s'est entretenu", "On the
     * sidelines of the summit hosted by Lithuania's president, Trudeau met Kishida"; without one before the trigger, it
     * ends where its clause's subject starts, a person or a pronoun ("On the sidelines of the gathering he held talks with",
     * "En marge du sommet de l'OCS Vladimir Poutine a rencontré").
     */
    private static boolean inTheOccasion(Ref r, SentenceReading s, Frame f) {
        if (!namedAfter(CueKind.OCCASION, r, s)) return false;
        CueIndex.At cue = s.cues().first(CueKind.OCCASION);
        if (!opens(s, cue)) return true;
        if (commaBetween(s, cue.end(), r.from())) return false;
        if (r.to() <= f.trigger().start() && commaBetween(s, r.to() - 1, f.trigger().start())) return true;
        if (r.actor() != null || !s.cues().within(CueKind.PRONOUN, cue.end(), r.from()).isEmpty()) return false;
        return s.here().stream().noneMatch(p -> p.actor() != null && p.from() >= cue.end() && p.to() <= r.from());
    }

    /** Whether the reference stands after the comma that closes an occasion opening the lead ("En marge de ..., X"). */
    private static boolean pastAnOpeningOccasion(SentenceReading s, Ref r) {
        CueIndex.At cue = s.cues().first(CueKind.OCCASION);
        return cue != null && r.from() >= cue.end() && opens(s, cue) && commaBetween(s, cue.end(), r.from());
    }

    /** Whether a comma stands between the start of token {@code from} and the start of token {@code to}. */
    private static boolean commaBetween(SentenceReading s, int from, int to) {
        var tokens = s.text().tokens();
        return s.text().body().substring(tokens.get(from).start(), tokens.get(to).start()).contains(",");
    }

    /**
     * "U.S. special envoy Steve Witkoff held talks in Moscow", "a mené des discussions à Moscou": talks one state's
     * officials, their subject, hold in another state's capital, naming no one of another state, are held with that state, the host;
     * "held talks in Brussels with his NATO counterparts" names whom, and a gathering named as an occasion is no talks
     * of one state ("en marge d'une réunion de l'OSCE à Stockholm").
     */
    private static boolean heldInAnotherCapital(SentenceReading s, Frame f, TriggerFrame kind, List<Ref> all) {
        if ((kind != TriggerFrame.TALKS && kind != TriggerFrame.NEGOTIATION) || f.subject().isEmpty() || all.isEmpty()) return false;
        if (f.trigger().trigger().word() == WordClass.ADVERBIAL) return false;     // "signed the deal in a Doha hotel in the presence of"
        CueIndex.At occasion = s.cues().before(CueKind.OCCASION, f.trigger().start(), Reach.SUMMIT);   // "en marge d'une réunion de l'OSCE à Stockholm"
        if (occasion != null && s.clauses().together(occasion.start(), f.trigger().start())) return false;
        // "Colombia's government and the ELN rebels signed ... at the close of peace talks" in Havana: a state by its name
        // at talks with rebels is no official visiting the host; the subject must name one
        if (f.subject().stream().noneMatch(r -> r.actor() != null)) return false;
        String state = f.subject().get(0).country();      // "deux jours avant un ultimatum de Washington": its own state again
        if (all.stream().anyMatch(r -> !Objects.equals(r.country(), state))) return false;
        int clauseEnd = s.clauses().end(f.clause());
        if (!s.cues().within(CueKind.WITH, f.trigger().end(), clauseEnd).isEmpty()) return false;
        for (Ref v : f.venues()) {
            if (v.actor() != null || FrameReader.isTopic(v, s.cues())) continue;
            return "capital".equals(v.via()) && !Objects.equals(v.country(), all.get(0).country());
        }
        return false;
    }

    /** Whether a cue opens its sentence, after the dateline if any ("SAMARKAND, Sept 16 - On the sidelines of ..."). */
    private static boolean opens(SentenceReading s, CueIndex.At cue) {
        int first = s.sentence().firstToken();
        if (cue.start() == first) return true;
        int datelineEnd = DateResolver.datelineEnd(s.text().body());
        return s.text().tokens().get(cue.start() - 1).end() <= datelineEnd && s.text().tokens().get(cue.start()).start() >= datelineEnd;
    }

    /**
     * The meeting triggers of the sentence, less those that are another one's object ("hosted the talks between",
     * "made an unannounced visit").
     */
    static List<CueIndex.TriggerAt> triggers(SentenceReading s) {
        List<CueIndex.TriggerAt> out = new ArrayList<>();
        CueIndex.TriggerAt last = null;
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.type() != io.newswire.schemas.EventType.MEETING || SignedTogetherRule.signing(t)) continue;   // read by its own rule
            if (last != null && t.start() < last.end()) continue;
            if (last != null && t.start() - last.end() <= Reach.SAME_MEETING && s.clauses().together(t.start(), last.start())) {
                // "accepted an invitation to meet Kim": the noun names the verb's meeting, and the verb reads its sides
                if (last.trigger().noun() && !t.trigger().noun() && out.get(out.size() - 1) == last) {
                    out.set(out.size() - 1, t);
                    last = t;
                }
                continue;
            }
            // "flew to Moscow for three hours of talks", "recevra X pour un sommet": the noun names the verb's meeting,
            // unless it names its own sides ("au lendemain d'un entretien au Kremlin entre le président russe et l'émissaire")
            if (last != null && !last.trigger().noun() && t.trigger().noun() && s.clauses().together(t.start(), last.start())
                    && FrameReader.betweenOf(s, t) == null && !aTenseOfItsOwn(s, t, last)) {
                if (talksWithTheHost(s, last, t) && out.get(out.size() - 1) == last) {   // the noun tells the trip's meeting
                    out.set(out.size() - 1, t);
                    last = t;
                }
                continue;
            }
            // "held talks on the sidelines of the BRICS summit": the summit is the talks' occasion, not an event of its own,
            // unless it names its own sides ("on the sidelines of their three-way summit with Biden")
            if (last != null && t.trigger().noun() && occasionOf(s, last, t) && !namesItsSides(s, t)) continue;
            out.add(t);
            last = t;
        }
        return out;
    }

    /**
     * "flew to Paris on Sunday for talks with Russian Foreign Minister Sergei Lavrov": the state a trip told by its talks
     * goes to is their venue, no side ({@link #tripOf}).
     */
    void placeTheTrip(SentenceReading s, CueIndex.TriggerAt trip, CueIndex.TriggerAt noun) {
        for (Ref r : s.here()) {
            if (r.country() == null || r.actor() != null || r.from() < trip.end() || r.to() > noun.start()) continue;
            if (sides.remove(r.country()) != null && venueCountry == null) {
                venueCountry = r.country();
                venue = s.text().surface(r.from(), r.to());
            }
        }
    }

    /** The trip whose talks the noun tells ({@link #talksWithTheHost}): its tense is theirs ("will travel to Sochi for talks"); null when none. */
    static CueIndex.TriggerAt tripOf(SentenceReading s, CueIndex.TriggerAt noun) {
        if (!noun.trigger().noun()) return null;
        CueIndex.TriggerAt verb = null;
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.end() > noun.start()) break;
            if (t.type() == io.newswire.schemas.EventType.MEETING && !t.trigger().noun()) verb = t;
        }
        if (verb == null || !s.clauses().together(verb.start(), noun.start()) || !talksWithTheHost(s, verb, noun)) return null;
        return verb;
    }

    /**
     * "travelled to Sochi on Wednesday for talks with Putin", "s'est rendu vendredi à Anchorage pour des discussions avec
     * Trump", "flew to Paris for talks with Russian Foreign Minister Sergei Lavrov": a trip whose talks noun names the host
     * after its "with" is told by the noun, wherever the place is (a city that is no capital, a retreat no list knows, a
     * third state's capital: a venue, no side), unless the state the trip goes to is the host's ("flew to Moscow for talks
     * with Putin": the trip tells it).
     */
    private static boolean talksWithTheHost(SentenceReading s, CueIndex.TriggerAt verb, CueIndex.TriggerAt noun) {
        if (verb.trigger().frame() != TriggerFrame.VISIT) return false;
        CueIndex.At with = s.cues().after(CueKind.WITH, noun.end(), Reach.NEXT);
        if (with == null) return false;
        String host = null;
        for (Ref r : s.here()) {
            if (r.country() != null && r.from() >= with.end() && r.from() <= with.end() + Reach.TALK_PARTNER) {
                host = r.country();
                break;
            }
        }
        for (Ref r : s.here()) {
            if (r.country() != null && r.from() >= verb.end() && r.to() <= noun.start() && (host == null || host.equals(r.country()))) return false;
        }
        return true;
    }

    /**
     * "doit recevoir lundi Zelensky, au lendemain de son sommet avec Poutine": a noun placed before the verb's meeting
     * is a meeting of its own, when the verb's is not yet held or the noun's has a date of its own; so is a noun named
     * after a later cue with a length ({@link LaterEvents}).
     */
    private static boolean aTenseOfItsOwn(SentenceReading s, CueIndex.TriggerAt noun, CueIndex.TriggerAt verb) {
        if (LaterEvents.dateOf(s, noun) != null) return true;      // "met Zelensky in Kyiv, on the eve of his talks with Putin": later, its own
        CueIndex.At earlier = s.cues().before(CueKind.EARLIER, noun.start(), Reach.ADJACENT);
        if (earlier == null || earlier.start() < verb.end()) return false;
        // "met in Hanoi, eight months after their first summit in Singapore in June": a meeting held before, dated by its own words
        return s.frame(verb).status() != EventStatus.OCCURRED || EarlierMeetings.dateOf(s, s.frame(noun)) != null;
    }

    /** The countries taking part, host included. */
    List<String> countries() {
        return new ArrayList<>(sides.keySet());
    }
}
