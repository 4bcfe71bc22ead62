package io.newswire.enrich.tagger.kb;

import io.newswire.enrich.tagger.text.Fold;
import io.newswire.enrich.tagger.text.OffsetTokenizer;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Everything the tagger knows, loaded once from classpath files under kb/: countries and their forms, actors and
 * their dated roles, role titles, places, groups, event codes and the per-language lexicons.
 */
public final class KnowledgeBase {

    /** A name or alias of an actor, as found in the gazetteer. */
    public record ActorName(Actor actor, String via) {
    }

    /** A place (province, city, region) that locates an event in a country: Idleb, Gaza, Donbass. */
    public record Place(String name, String country) {
    }

    /** A group of states that a summit can convene (G7). */
    public record Group(String name, List<String> members) {
    }

    static final String[] FILES = {
            "kb/countries.tsv", "kb/country-names.tsv", "kb/actors.tsv", "kb/roles.tsv", "kb/titles.tsv",
            "kb/lexicon/country-forms-extra.tsv", "kb/lexicon/actors-extra.tsv", "kb/lexicon/titles-extra.tsv",
            "kb/lexicon/ambiguity.tsv", "kb/lexicon/places.tsv", "kb/lexicon/groups.tsv", "kb/lexicon/event-codes.tsv",
            "kb/lexicon/abbreviations.tsv", "kb/lexicon/role-fallbacks.tsv", "kb/lexicon/international-roles.tsv",
            "kb/lexicon/triggers-fr.tsv", "kb/lexicon/triggers-en.tsv", "kb/lexicon/cues-fr.tsv", "kb/lexicon/cues-en.tsv",
            "kb/lexicon/institutions-fr.tsv", "kb/lexicon/institutions-en.tsv",
            "kb/lexicon/calendar-fr.tsv", "kb/lexicon/calendar-en.tsv", "kb/lexicon/stopwords.tsv"};

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final TokenTrie<CountryForm> countryForms = new TokenTrie<>();
    private final Map<String, List<AmbiguityRule>> ambiguity = new HashMap<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final TokenTrie<ActorName> actorNames = new TokenTrie<>();
    private final Map<String, List<RoleTenure>> tenures = new HashMap<>();          // by country|role
    private final Map<String, List<RoleTenure>> tenuresByActor = new HashMap<>();
    private final TokenTrie<Place> places = new TokenTrie<>();
    private final TokenTrie<Group> groups = new TokenTrie<>();
    private final Set<String> abbreviations = new HashSet<>();
    private final Map<String, List<String>> roleFallbacks = new HashMap<>();
    private final Set<String> internationalRoles = new HashSet<>();
    private final Map<String, String> functionWords = new HashMap<>();      // word -> the one language it belongs to
    private final Map<String, Lexicon> lexicons = new HashMap<>();
    private final String version;

    private KnowledgeBase() {
        loadCountries();
        loadActors();
        loadLexicons();
        for (TsvResource.Row r : TsvResource.read("kb/lexicon/ambiguity.tsv")) {
            String key = String.join(" ", OffsetTokenizer.terms(r.get("form")));
            String cue = r.get("cue");
            ambiguity.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new AmbiguityRule(r.get("rule"), cue.isEmpty() ? new String[0] : TokenTrie.phraseTerms(cue), r.get("note")));
        }
        for (TsvResource.Row r : TsvResource.read("kb/lexicon/places.tsv")) {
            places.add(r.get("place"), new Place(r.get("place"), r.get("country")));
        }
        for (TsvResource.Row r : TsvResource.read("kb/lexicon/groups.tsv")) {
            groups.add(r.get("group"), new Group(r.get("group"), Arrays.asList(r.get("members").split("\\s*,\\s*"))));
        }
        for (TsvResource.Row r : TsvResource.read("kb/lexicon/abbreviations.tsv")) {
            String a = Fold.fold(r.get("form"));
            abbreviations.add(a.endsWith(".") ? a.substring(0, a.length() - 1) : a);
        }
        for (TsvResource.Row r : TsvResource.read("kb/lexicon/role-fallbacks.tsv")) {
            roleFallbacks.put(r.get("role"), Arrays.asList(r.get("stands_for").split("\\s*,\\s*")));
        }
        for (TsvResource.Row r : TsvResource.read("kb/lexicon/international-roles.tsv")) internationalRoles.add(r.get("role"));
        for (TsvResource.Row r : TsvResource.read("kb/lexicon/stopwords.tsv")) functionWords.put(r.get("word").toLowerCase(Locale.ROOT), r.get("lang"));
        version = checksum();
    }

    public static KnowledgeBase load() {
        return new KnowledgeBase();
    }

    private void loadCountries() {
        for (TsvResource.Row r : TsvResource.read("kb/countries.tsv")) {
            countries.put(r.get("code"), new Country(r.get("code"), r.first("name_en", "name")));
        }
        List<TsvResource.Row> forms = new ArrayList<>(TsvResource.read("kb/country-names.tsv"));
        forms.addAll(TsvResource.read("kb/lexicon/country-forms-extra.tsv"));
        for (TsvResource.Row r : forms) {
            String code = r.get("code");
            String form = r.get("form");
            if (code.isEmpty() || form.isEmpty()) continue;
            String caseFlag = r.get("case");
            // short all-capital forms (US, UK, RDC) are words otherwise ("us"): they match with their capitals only
            boolean caseSensitive = caseFlag.equals("c") || caseFlag.equals("s") || caseFlag.equalsIgnoreCase("sensitive")
                    || (form.length() <= 4 && form.equals(form.toUpperCase()) && form.chars().anyMatch(Character::isLetter));
            countryForms.add(form, new CountryForm(code, r.get("lang"), kindOf(r.get("kind")), form, caseSensitive, r.get("ambiguity")));
            countries.putIfAbsent(code, new Country(code, code));
        }
    }

    private static String kindOf(String kind) {
        return switch (kind) {
            case "", "short", "official", "alias", "abbreviation", "name" -> "name";
            default -> kind;
        };
    }

    private void loadActors() {
        List<TsvResource.Row> rows = new ArrayList<>(TsvResource.read("kb/actors.tsv"));
        rows.addAll(TsvResource.read("kb/lexicon/actors-extra.tsv"));
        for (TsvResource.Row r : rows) {
            String id = r.get("id");
            Actor known = actors.get(id);
            List<String> aliases = new ArrayList<>(known == null ? List.of() : known.aliases());
            for (String a : r.get("aliases").split("\\|")) if (!a.isBlank()) aliases.add(a.trim());
            Actor actor = known == null
                    ? new Actor(id, r.get("name"), emptyToNull(r.get("country")), List.copyOf(aliases))
                    : new Actor(id, known.name(), known.country(), List.copyOf(aliases));
            actors.put(id, actor);
        }
        for (Actor actor : actors.values()) {
            if (!actor.name().isEmpty()) actorNames.add(actor.name(), new ActorName(actor, "name"));
            for (String alias : actor.aliases()) actorNames.add(alias, new ActorName(actor, "alias"));
        }
        for (TsvResource.Row r : TsvResource.read("kb/roles.tsv")) {
            RoleTenure t = new RoleTenure(r.get("actor_id"), r.get("country"), r.get("role"), date(r.get("from")), date(r.get("to")));
            tenures.computeIfAbsent(t.country() + "|" + t.role(), k -> new ArrayList<>()).add(t);
            tenuresByActor.computeIfAbsent(t.actorId(), k -> new ArrayList<>()).add(t);
        }
    }

    private void loadLexicons() {
        for (String lang : List.of("fr", "en")) lexicons.put(lang, Lexicon.load(lang));
        List<TsvResource.Row> titles = new ArrayList<>(TsvResource.read("kb/titles.tsv"));
        titles.addAll(TsvResource.read("kb/lexicon/titles-extra.tsv"));
        for (TsvResource.Row r : titles) {
            Lexicon lex = lexicons.get(r.get("lang"));
            String form = r.first("form", "title", "phrase");
            if (lex == null || form.isEmpty()) continue;
            String number = r.first("number", "plural");
            boolean plural = number.equals("p") || number.equals("plural") || number.equals("pl") || number.equals("true");
            lex.addTitle(new Lexicon.Title(r.get("role"), plural, form));
        }
    }

    /** The actor holding {@code role} (or the first role it stands for: leader, head_of_state) on {@code date}, or null. */
    public Actor inOffice(String country, String role, LocalDate date) {
        for (String concrete : roleFallbacks.getOrDefault(role, List.of(role))) {
            Actor a = holder(country, concrete, date);
            if (a != null) return a;
        }
        return null;
    }

    /** Everyone holding the role, or one of the roles it stands for, on the date, in the order of role-fallbacks.tsv. */
    public List<Actor> holders(String country, String role, LocalDate date) {
        List<Actor> out = new ArrayList<>();
        for (String concrete : roleFallbacks.getOrDefault(role, List.of(role))) {
            Actor a = holder(country, concrete, date);
            if (a != null && !out.contains(a)) out.add(a);
        }
        return out;
    }

    private Actor holder(String country, String role, LocalDate date) {
        List<RoleTenure> list = tenures.get(country + "|" + role);
        if (list == null) return null;
        for (RoleTenure t : list) {
            if (t.heldOn(date)) return actors.get(t.actorId());
        }
        return null;
    }

    /** The role the actor held on the date (first listed), or null. */
    public String roleOn(Actor actor, LocalDate date) {
        List<RoleTenure> list = tenuresByActor.get(actor.id());
        if (list == null) return null;
        for (RoleTenure t : list) if (t.heldOn(date)) return t.role();
        return null;
    }

    /** Whether the actor spoke for an international organisation (UN, NATO, EU) on the date rather than for a state. */
    public boolean international(Actor actor, LocalDate date) {
        List<RoleTenure> list = tenuresByActor.get(actor.id());
        if (list == null) return false;
        for (RoleTenure t : list) if (t.heldOn(date) && internationalRoles.contains(t.role())) return true;
        return false;
    }

    /** Whether the actor held any listed role on the date. */
    public boolean inAnyOffice(Actor actor, LocalDate date) {
        return roleOn(actor, date) != null;
    }

    /** Every way the text can refer to a country. */
    public TokenTrie<CountryForm> countryForms() {
        return countryForms;
    }

    /** The ambiguity rules of a country form, by its folded terms joined with spaces, or null when it has none. */
    public List<AmbiguityRule> ambiguityRules(String formKey) {
        return ambiguity.get(formKey);
    }

    /** Actors' names and aliases. */
    public TokenTrie<ActorName> actorNames() {
        return actorNames;
    }

    /** The dated roles of an actor, or null when none is listed. */
    public List<RoleTenure> tenuresOf(String actorId) {
        return tenuresByActor.get(actorId);
    }

    /** Places that locate an event in a country (Idleb). */
    public TokenTrie<Place> places() {
        return places;
    }

    /** Groups of states a summit can convene (G7). */
    public TokenTrie<Group> groups() {
        return groups;
    }

    /** Abbreviations after which a dot does not end a sentence, folded, without the final dot. */
    public Set<String> abbreviations() {
        return abbreviations;
    }

    /** The event types the triggers of every language signal. */
    public Set<EventType> triggeredTypes() {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (Lexicon lex : lexicons.values()) types.addAll(lex.triggeredTypes());
        return types;
    }

    /** Function words that belong to one language only, each with its language: the language vote reads them. */
    public Map<String, String> functionWords() {
        return functionWords;
    }

    /** The concrete roles a generic role stands for ("leader": president, chancellor, ...), empty when it stands for none. */
    public List<String> standsFor(String role) {
        return roleFallbacks.getOrDefault(role, List.of());
    }

    public Country country(String code) {
        return countries.get(code);
    }

    public Lexicon lexicon(String lang) {
        return lexicons.get(lang);
    }

    public String version() {
        return version;
    }

    public int countryFormCount() {
        return countryForms.size();
    }

    public int actorCount() {
        return actors.size();
    }

    private static LocalDate date(String s) {
        if (s.isEmpty()) return null;
        return LocalDate.parse(s.length() == 4 ? s + "-01-01" : s.length() == 7 ? s + "-01" : s);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String checksum() {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[8192];
        for (String f : FILES) {
            try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(f)) {
                if (in == null) continue;
                for (int n; (n = in.read(buffer)) > 0; ) crc.update(buffer, 0, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.format("%08x", crc.getValue());
    }
}
