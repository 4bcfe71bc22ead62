package io.newswire.aggregate.bench;

import io.newswire.schemas.ContactCount;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.EventType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Generates a reproducible wire (fixed seed): known contacts, each reported by several dispatches, dispatches
 * updated in new versions that drop or add contacts, replays of versions already sent, older versions arriving
 * after newer ones, late reports beyond the grace period, summit proposals, and, when asked, dispatches whose
 * sender dated them in 9999 or 1900 (most corrected by a second version dated right). Alongside, the counts and
 * alerts the aggregate must end with, worked out from the generated truth by the contact identity rule.
 */
public final class NewsGenerator {
    private static final List<String> COUNTRIES = List.of("RUS", "TUR", "UKR", "USA", "FRA", "DEU", "CHN", "GBR", "IND", "BRA",
            "JPN", "ITA", "ESP", "POL", "IRN", "ISR", "SAU", "EGY", "QAT", "ARE", "KOR", "PRK", "CAN", "MEX", "ARG", "ZAF",
            "NGA", "ETH", "KEN", "PAK", "AFG", "IDN", "AUS", "NZL", "SWE", "NOR", "FIN", "HUN", "SRB", "XKX");
    private static final List<String> RANKS = List.of("president", "foreign minister");
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    /** Dates no sender can mean: far in the future, and an unset default. */
    private static final List<LocalDate> WRONG_DATES = List.of(LocalDate.of(9999, 12, 30), LocalDate.of(1900, 1, 1));

    /**
     * What to generate: dispatches (before versions and replays), how many countries, over how many days, how many
     * more dispatches dated wrong, and whether every contact is a phone call between leaders (else 30 % are meetings,
     * and half are between foreign ministers).
     */
    public record Shape(int dispatches, int countries, int days, int graceDays, int alertWindowDays, int wrongDates, boolean leadersCallsOnly) {
        public Shape(int dispatches, int countries, int days, int graceDays, int alertWindowDays) {
            this(dispatches, countries, days, graceDays, alertWindowDays, 0);
        }

        public Shape(int dispatches, int countries, int days, int graceDays, int alertWindowDays, int wrongDates) {
            this(dispatches, countries, days, graceDays, alertWindowDays, wrongDates, false);
        }

        public static Shape small(int dispatches) {
            return new Shape(dispatches, 12, 60, 7, 7);
        }

        /** The same wire with {@code count} more dispatches dated in 9999 or 1900. */
        public Shape withWrongDates(int count) {
            return new Shape(dispatches, countries, days, graceDays, alertWindowDays, count, leadersCallsOnly);
        }

        /**
         * The same wire with every contact a phone call between leaders: what the tagger reads back from plain text
         * exactly (it has no meeting phrasing yet, and takes two calls of one pair on one day in one dispatch for one).
         */
        public Shape withLeadersCallsOnly() {
            return new Shape(dispatches, countries, days, graceDays, alertWindowDays, wrongDates, true);
        }
    }

    /** One record to send to the enriched topic. */
    public record Sent(String key, EnrichedDispatch value) {
    }

    /** The counts one pair must end with on one day. */
    public record ExpectedDay(int contacts, int mentions, Map<String, Integer> byType) {
        /** Folds one record of the contacts topic into the counts by "pair|day": the latest wins, a day back to 0 contacts leaves. */
        public static void fold(Map<String, ExpectedDay> counted, String pair, ContactCount count) {
            String key = pair + "|" + count.getDay();
            if (count.getContacts() == 0) {
                counted.remove(key);
            } else {
                counted.put(key, new ExpectedDay(count.getContacts(), count.getMentions(), new TreeMap<>(count.getContactsByType())));
            }
        }
    }

    /** What the aggregate must end with; {@code untrustedDeadLetters}: dispatch versions whose wrong dates go to the dead letters. */
    public record Expected(Map<String, ExpectedDay> days, Map<String, Integer> alertMentions, int lateDeadLetters, int distinctContacts,
                           int untrustedDeadLetters) {
        /** Pairs with at least one contact. */
        public Set<String> pairs() {
            Set<String> pairs = new TreeSet<>();
            days.keySet().forEach(k -> pairs.add(k.substring(0, k.indexOf('|'))));
            return pairs;
        }
    }

    public record News(List<Sent> records, Expected expected) {
    }

    private record TrueContact(String type, LocalDate day, List<String> countries, String rank) {
    }

    private record Proposal(List<String> participants, LocalDate day) {
    }

    private record Version(int number, LocalDate referenceDate, List<TrueContact> contacts, Proposal proposal) {
        boolean datedWrong() {
            return WRONG_DATES.contains(referenceDate);
        }
    }

    private NewsGenerator() {
    }

    public static News generate(long seed, Shape shape) {
        Random random = new Random(seed);
        List<String> countries = COUNTRIES.subList(0, Math.min(shape.countries(), COUNTRIES.size()));
        List<TrueContact> truth = new ArrayList<>();
        for (int i = 0; i < Math.max(1, shape.dispatches() / 3); i++) {
            List<String> parties = pick(random, countries, random.nextInt(100) < 85 ? 2 : 3);
            EventType type = random.nextInt(100) < 70 || shape.leadersCallsOnly() ? EventType.PHONE_CALL : EventType.MEETING;
            LocalDate day = START.plusDays(random.nextInt(shape.days()));
            String rank = RANKS.get(random.nextInt(RANKS.size()));
            truth.add(new TrueContact(type.wireName(), day, parties, shape.leadersCallsOnly() ? RANKS.get(0) : rank));
        }
        TreeMap<LocalDate, List<TrueContact>> truthByDay = new TreeMap<>();
        truth.forEach(c -> truthByDay.computeIfAbsent(c.day(), d -> new ArrayList<>()).add(c));
        List<Proposal> proposals = proposals(random, countries, shape);

        // Each dispatch: versions in order, each sent at a later time; some versions sent again later.
        record Send(double time, String id, Version version) {
        }
        List<Send> sends = new ArrayList<>();
        for (int d = 0; d < shape.dispatches(); d++) {
            String id = "d-" + d;
            // A dispatch reports contacts of the last few days before it, like a news round-up.
            LocalDate anchor = truth.get(random.nextInt(truth.size())).day();
            List<TrueContact> recent = new ArrayList<>();
            truthByDay.subMap(anchor.minusDays(3), true, anchor, true).values().forEach(recent::addAll);
            List<TrueContact> reported = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                reported.add(recent.get(random.nextInt(recent.size())));
            }
            List<Proposal> nearby = proposals.stream().filter(p -> Math.abs(ChronoUnit.DAYS.between(p.day(), anchor)) <= 3).toList();
            Proposal proposal = random.nextInt(100) < 15 && !nearby.isEmpty() ? nearby.get(random.nextInt(nearby.size())) : null;
            LocalDate latestEvent = reported.stream().map(TrueContact::day).max(Comparator.naturalOrder()).orElseThrow();
            if (proposal != null && proposal.day().isAfter(latestEvent)) {
                latestEvent = proposal.day();
            }
            int delay = random.nextInt(100) < 5 ? shape.graceDays() + 2 + random.nextInt(8) : random.nextInt(4);
            LocalDate reference = latestEvent.plusDays(delay);
            int versions = random.nextInt(100) < 70 ? 1 : random.nextInt(100) < 66 ? 2 : 3;
            double time = random.nextDouble();
            List<TrueContact> current = reported;
            for (int v = 1; v <= versions; v++) {
                if (v > 1) {
                    current = new ArrayList<>(current);
                    int change = random.nextInt(100);
                    if (change < 50 && !current.isEmpty()) {
                        current.remove(random.nextInt(current.size()));
                    } else if (change < 80) {
                        current.add(recent.get(random.nextInt(recent.size())));
                    }
                }
                Version version = new Version(v, reference.plusDays(v - 1L), List.copyOf(current), proposal);
                sends.add(new Send(time, id, version));
                if (random.nextInt(100) < 10) {
                    sends.add(new Send(time + random.nextDouble() * 0.2, id, version));
                }
                time += random.nextDouble() * 0.05;
            }
        }
        for (int w = 0; w < shape.wrongDates(); w++) {
            // Dated wrong, calls and a proposal on that date; two in three corrected by a version dated like the wire.
            LocalDate wrong = WRONG_DATES.get(w % WRONG_DATES.size());
            TrueContact real = truth.get(random.nextInt(truth.size()));
            TrueContact misdated = new TrueContact(real.type(), wrong, real.countries(), real.rank());
            Proposal proposal = new Proposal(List.copyOf(new TreeSet<>(real.countries())), wrong);
            double time = random.nextDouble();
            sends.add(new Send(time, "wrong-date-" + w, new Version(1, wrong, List.of(misdated), proposal)));
            if (w % 3 != 2) {
                sends.add(new Send(time + 0.01, "wrong-date-" + w, new Version(2, real.day().plusDays(1), List.of(real), null)));
            }
        }
        sends.sort(Comparator.comparingDouble(Send::time));

        List<Sent> records = new ArrayList<>();
        for (Send send : sends) {
            records.add(new Sent(send.id(), toDispatch(send.id(), send.version())));
        }
        Expected expected = expect(sends.stream().map(s -> Map.entry(s.id(), s.version())).toList(), shape);
        return new News(records, expected);
    }

    /** Works out the final counts by the rules: newer versions only, diff per dispatch, identity per pair, grace. */
    private static Expected expect(List<Map.Entry<String, Version>> sends, Shape shape) {
        Map<String, Integer> latestVersion = new HashMap<>();
        Map<String, LocalDate> firstReference = new HashMap<>();
        Map<String, Set<String>> previousIdentities = new HashMap<>();
        Map<String, Map<String, Integer>> mentionsByIdentity = new TreeMap<>();
        Map<String, String[]> identityInfo = new HashMap<>();
        Map<String, Integer> alertMentions = new TreeMap<>();
        int late = 0;
        int untrusted = 0;
        for (Map.Entry<String, Version> send : sends) {
            String id = send.getKey();
            Version version = send.getValue();
            if (version.number() <= latestVersion.getOrDefault(id, 0)) {
                continue;
            }
            latestVersion.put(id, version.number());
            if (version.datedWrong()) {
                // Counted nowhere, and no base for lateness: the next version dated right sets it.
                untrusted++;
                continue;
            }
            LocalDate base = firstReference.computeIfAbsent(id, k -> version.referenceDate());
            Set<String> identities = new TreeSet<>();
            boolean hasLate = false;
            for (TrueContact contact : version.contacts()) {
                for (int i = 0; i < contact.countries().size(); i++) {
                    for (int j = i + 1; j < contact.countries().size(); j++) {
                        String one = contact.countries().get(i);
                        String other = contact.countries().get(j);
                        String a = one.compareTo(other) < 0 ? one : other;
                        String b = a.equals(one) ? other : one;
                        long daysBefore = ChronoUnit.DAYS.between(contact.day(), base);
                        if (daysBefore > shape.graceDays() || daysBefore < -1) {
                            hasLate = true;
                            continue;
                        }
                        String pair = a + "-" + b;
                        String identity = contact.type() + "|" + pair + "|" + contact.day() + "|" + person(a, contact.rank()) + ";" + person(b, contact.rank());
                        identities.add(identity);
                        identityInfo.put(identity, new String[]{pair, contact.day().toString(), contact.type()});
                    }
                }
            }
            if (hasLate) {
                late++;
            }
            for (String identity : identities) {
                mentionsByIdentity.computeIfAbsent(identity, k -> new TreeMap<>()).merge(id, 1, Integer::sum);
            }
            for (String dropped : previousIdentities.getOrDefault(id, Set.of())) {
                if (!identities.contains(dropped)) {
                    mentionsByIdentity.get(dropped).remove(id);
                }
            }
            previousIdentities.put(id, identities);
            if (version.proposal() != null) {
                Proposal p = version.proposal();
                alertMentions.merge(String.join("-", p.participants()) + "@" + p.day(), 1, Integer::sum);
            }
        }
        Map<String, int[]> totals = new TreeMap<>();
        Map<String, Map<String, Integer>> byType = new HashMap<>();
        int distinct = 0;
        for (var entry : mentionsByIdentity.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            distinct++;
            String[] info = identityInfo.get(entry.getKey());
            String key = info[0] + "|" + info[1];
            int[] t = totals.computeIfAbsent(key, k -> new int[2]);
            t[0]++;
            t[1] += entry.getValue().values().stream().mapToInt(Integer::intValue).sum();
            byType.computeIfAbsent(key, k -> new TreeMap<>()).merge(info[2], 1, Integer::sum);
        }
        Map<String, ExpectedDay> days = new LinkedHashMap<>();
        totals.forEach((key, t) -> days.put(key, new ExpectedDay(t[0], t[1], byType.get(key))));
        return new Expected(days, alertMentions, late, distinct, untrusted);
    }

    private static List<Proposal> proposals(Random random, List<String> countries, Shape shape) {
        List<Proposal> proposals = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            List<String> participants = List.copyOf(new TreeSet<>(pick(random, countries, 2 + random.nextInt(2))));
            int day = random.nextInt(10);
            while (day < shape.days()) {
                proposals.add(new Proposal(participants, START.plusDays(day)));
                day += shape.alertWindowDays() + 3 + random.nextInt(15);
            }
        }
        return proposals;
    }

    private static EnrichedDispatch toDispatch(String id, Version version) {
        EnrichedDispatchBuilder builder = EnrichedDispatchBuilder.dispatch(id).version(version.number())
                .on(version.referenceDate()).headline("Dispatch " + id + " v" + version.number());
        for (TrueContact contact : version.contacts()) {
            Map<String, String> people = new LinkedHashMap<>();
            contact.countries().forEach(c -> people.put(c, person(c, contact.rank())));
            builder.contact(contact.type(), contact.day(), people, String.join(" and ", people.values()) + " held talks.");
        }
        if (version.proposal() != null) {
            Map<String, String> people = new LinkedHashMap<>();
            version.proposal().participants().forEach(c -> people.put(c, person(c, "president")));
            builder.proposal(version.proposal().day(), people, "A summit of " + String.join(", ", people.values()) + " was proposed.");
        }
        return builder.build();
    }

    private static String person(String country, String rank) {
        return country + " " + rank;
    }

    private static List<String> pick(Random random, List<String> from, int n) {
        List<String> pool = new ArrayList<>(from);
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }
}
