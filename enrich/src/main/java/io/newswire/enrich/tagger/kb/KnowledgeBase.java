package io.newswire.enrich.tagger.kb;

import io.newswire.enrich.tagger.text.Fold;
import io.newswire.enrich.tagger.text.OffsetTokenizer;
import io.newswire.enrich.tagger.text.Terms;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Everything the tagger knows, loaded once from the knowledge files under kb/: countries and their forms, actors and
 * their dated roles, role titles, places, groups, and the languages with their lexicons. Loading is strict: a
 * missing file, an unknown column or vocabulary word, a malformed value fails with the file, the line and the problem.
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

    /** An armed group that makes truces with states, and the country it fights from (Hezbollah: Lebanon). */
    public record ArmedGroup(String name, String country) {
    }

    /** The files every knowledge base has; each language with a lexicon adds {@link #LANGUAGE_FILES}. */
    static final List<String> FILES = List.of(
            "kb/countries.tsv", "kb/country-names.tsv", "kb/actors.tsv", "kb/roles.tsv", "kb/titles.tsv",
            "kb/lexicon/languages.tsv", "kb/lexicon/country-forms-extra.tsv", "kb/lexicon/titles-extra.tsv",
            "kb/lexicon/ambiguity.tsv", "kb/lexicon/places.tsv", "kb/lexicon/office-places.tsv", "kb/lexicon/venues.tsv", "kb/lexicon/groups.tsv", "kb/lexicon/armed-groups.tsv", "kb/lexicon/event-codes.tsv",
            "kb/lexicon/abbreviations.tsv", "kb/lexicon/role-fallbacks.tsv", "kb/lexicon/leading-offices.tsv", "kb/lexicon/local-titles.tsv", "kb/lexicon/international-roles.tsv",
            "kb/lexicon/stopwords.tsv", "kb/lexicon/role-families.tsv");
    /** The files of a language with a lexicon, {@code %s} standing for its code. */
    static final List<String> LANGUAGE_FILES = List.of(
            "kb/lexicon/profile-%s.tsv", "kb/lexicon/triggers-%s.tsv", "kb/lexicon/cues-%s.tsv",
            "kb/lexicon/institutions-%s.tsv", "kb/lexicon/calendar-%s.tsv", "kb/lexicon/person-words-%s.tsv");

    private static final List<String> COUNTRY_FORM_KINDS = List.of("name", "demonym", "capital", "seat");
    private static final String YES = "yes";
    /** The generic leader's role id (roles.tsv, role-fallbacks.tsv): the head of government or state that a state's
     * form of government names its leader. */
    public static final String LEADER = "leader";
    private static final String NO = "no";

    private final KbSource source;
    private final List<Language> languages = new ArrayList<>();
    private final OffsetTokenizer tokenizer;
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final TokenTrie<CountryForm> countryForms = new TokenTrie<>("countryForms");
    private final Map<String, List<AmbiguityRule>> ambiguity = new HashMap<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final TokenTrie<ActorName> actorNames = new TokenTrie<>("actorNames");
    // by interned term id, the lower-case words that start a listed name ("pape" of "pape François", "cheikh" of "cheikh
    // Tamim"): asked at every lower-case word of every text, one bit read where a set of strings hashed the word
    private final java.util.BitSet lowerCaseNameStarts = new java.util.BitSet();
    private final Map<String, List<RoleTenure>> tenures = new HashMap<>();          // by country|role
    private final Map<String, List<RoleTenure>> tenuresByActor = new HashMap<>();
    private final TokenTrie<Place> places = new TokenTrie<>("places");
    private final TokenTrie<Place> officePlaces = new TokenTrie<>("officePlaces");     // the places above and those that only say an office's country
    private final TokenTrie<Place> venues = new TokenTrie<>("venues");           // cities that host talks and are no capital (Istanbul, Geneva)
    private final TokenTrie<Group> groups = new TokenTrie<>("groups");
    private final TokenTrie<ArmedGroup> armedGroups = new TokenTrie<>("armedGroups");
    private final Set<String> abbreviations = new HashSet<>();
    private final Map<String, List<String>> roleFallbacks = new HashMap<>();
    private final Map<String, List<String>> leaderRoles = new HashMap<>();        // by country, where its leader is not its president
    private final Map<String, String> localRoles = new HashMap<>();               // lang|title form|country -> the office it names there
    private final Set<String> internationalRoles = new HashSet<>();
    private final Map<String, RoleFamily> roleFamilies = new LinkedHashMap<>();
    private final Map<String, String> functionWords = new HashMap<>();      // word -> the one language it belongs to
    private final Set<String> nameParticles = new HashSet<>();
    private final Map<String, NameOrder> nameOrders = new HashMap<>();            // CHN: family_first ("Xi Jinping", then "Xi")               // "von", "van", "al": inside names
    private final Map<String, Lexicon> lexicons = new LinkedHashMap<>();
    private final String version;

    private KnowledgeBase(KbSource source) {
        this.source = source;
        loadLanguages();
        List<LanguageProfile> profiles = new ArrayList<>();
        for (Language l : languages) if (l.lexicon()) profiles.add(LanguageProfile.load(source, l.code()));
        Set<String> elisions = new LinkedHashSet<>();
        Set<String> possessives = new LinkedHashSet<>();
        for (LanguageProfile p : profiles) {
            elisions.addAll(p.elisions());
            possessives.addAll(p.possessives());
        }
        tokenizer = new OffsetTokenizer(elisions, possessives);
        for (LanguageProfile p : profiles) lexicons.put(p.lang(), Lexicon.load(source, p, tokenizer));
        loadCountries();
        loadActors();
        loadTitles();
        loadContext();
        version = checksum();
    }

    /** The knowledge base shipped with the tagger. */
    public static KnowledgeBase load() {
        return load(KbSource.classpath());
    }

    public static KnowledgeBase load(KbSource source) {
        return new KnowledgeBase(source);
    }

    /** The files the knowledge base is read from. */
    public KbSource source() {
        return source;
    }

    private void loadLanguages() {
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/languages.tsv", "lang", "name", "lexicon", "note")) {
            String code = r.get("lang");
            if (!Set.of(Locale.getISOLanguages()).contains(code)) throw r.problem("'" + code + "' is not an ISO 639-1 language code");
            String lexicon = r.get("lexicon");
            if (!lexicon.equals(YES) && !lexicon.equals(NO)) throw r.problem("lexicon is " + YES + " or " + NO + ", not '" + lexicon + "'");
            languages.add(new Language(code, r.get("name"), lexicon.equals(YES)));
        }
    }

    private void loadCountries() {
        for (TsvResource.Row r : TsvResource.read(source, "kb/countries.tsv", "code", "name_en", "name_fr", "source")) {
            countries.put(r.get("code"), new Country(r.get("code"), r.get("name_en")));
        }
        String[] formColumns = {"code", "lang", "kind", "form", "case", "ambiguity", "note"};
        List<TsvResource.Row> forms = new ArrayList<>(TsvResource.read(source, "kb/country-names.tsv", formColumns));
        forms.addAll(TsvResource.read(source, "kb/lexicon/country-forms-extra.tsv", formColumns));
        for (TsvResource.Row r : forms) {
            String code = r.get("code");
            String form = r.get("form");
            if (code.isEmpty() || form.isEmpty()) throw r.problem("a country form needs a code and a form");
            if (!COUNTRY_FORM_KINDS.contains(r.get("kind"))) throw r.problem("kind '" + r.get("kind") + "' is not one of " + COUNTRY_FORM_KINDS);
            String caseFlag = r.get("case");
            if (!caseFlag.equals("i") && !caseFlag.equals("c")) throw r.problem("case is i (any case) or c (as written), not '" + caseFlag + "'");
            // short all-capital forms (US, UK, RDC) are words otherwise ("us"): they match with their capitals only
            boolean caseSensitive = caseFlag.equals("c")
                    || (form.length() <= 4 && form.equals(form.toUpperCase()) && form.chars().anyMatch(Character::isLetter));
            countryForms.add(tokenizer.phraseTerms(form), new CountryForm(code, r.get("lang"), r.get("kind"), form, caseSensitive, r.get("ambiguity")));
            countries.putIfAbsent(code, new Country(code, code));
        }
    }

    private void loadActors() {
        for (TsvResource.Row r : TsvResource.read(source, "kb/actors.tsv", "id", "name", "country", "aliases", "source")) {
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
            if (!actor.name().isEmpty()) actorNames.add(tokenizer.phraseTerms(actor.name()), new ActorName(actor, "name"));
            for (String alias : actor.aliases()) {
                String[] terms = tokenizer.phraseTerms(alias);
                actorNames.add(terms, new ActorName(actor, "alias"));
                if (terms.length > 0 && Character.isLowerCase(alias.codePointAt(0))) lowerCaseNameStarts.set(Terms.intern(terms[0]));
            }
        }
        for (TsvResource.Row r : TsvResource.read(source, "kb/roles.tsv", "actor_id", "country", "role", "from", "to", "source")) {
            RoleTenure t = new RoleTenure(r.get("actor_id"), r.get("country"), r.get("role"), date(r, "from"), date(r, "to"));
            tenures.computeIfAbsent(t.country() + "|" + t.role(), k -> new ArrayList<>()).add(t);
            tenuresByActor.computeIfAbsent(t.actorId(), k -> new ArrayList<>()).add(t);
        }
    }

    /** Role phrases go to the lexicon of their language; a language without a lexicon has no role phrases. */
    private void loadTitles() {
        List<TsvResource.Row> titles = new ArrayList<>(TsvResource.read(source, "kb/titles.tsv", "lang", "form", "role", "number", "note"));
        titles.addAll(TsvResource.read(source, "kb/lexicon/titles-extra.tsv", "lang", "role", "form", "number", "note"));
        for (TsvResource.Row r : titles) {
            String lang = r.get("lang");
            if (languages.stream().noneMatch(l -> l.code().equals(lang))) throw r.problem("lang '" + lang + "' is not in kb/lexicon/languages.tsv");
            String number = r.get("number");
            if (!number.equals("s") && !number.equals("p")) throw r.problem("number is s (singular) or p (plural), not '" + number + "'");
            Lexicon lex = lexicons.get(lang);
            if (lex != null) lex.addTitle(tokenizer, new Lexicon.Title(r.get("role"), number.equals("p"), r.get("form")));
        }
    }

    /** What places, groups, ambiguity rules, abbreviations, generic roles and the language vote need. */
    private void loadContext() {
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/ambiguity.tsv", "form", "rule", "cue", "note")) {
            AmbiguityRule.Kind kind = AmbiguityRule.Kind.find(r.get("rule"))
                    .orElseThrow(() -> r.problem("unknown ambiguity rule '" + r.get("rule") + "' (known: " + AmbiguityRule.Kind.known() + ")"));
            String cue = r.get("cue");
            ambiguity.computeIfAbsent(String.join(" ", tokenizer.terms(r.get("form"))), k -> new ArrayList<>())
                    .add(new AmbiguityRule(kind, cue.isEmpty() ? new String[0] : tokenizer.phraseTerms(cue), r.get("note")));
        }
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/places.tsv", "place", "country", "note")) {
            Place place = new Place(r.get("place"), knownCountry(r, r.get("country")));
            places.add(tokenizer.phraseTerms(r.get("place")), place);
            officePlaces.add(tokenizer.phraseTerms(r.get("place")), place);
        }
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/office-places.tsv", "place", "country", "note")) {
            officePlaces.add(tokenizer.phraseTerms(r.get("place")), new Place(r.get("place"), knownCountry(r, r.get("country"))));
        }
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/venues.tsv", "place", "country", "source", "note")) {
            venues.add(tokenizer.phraseTerms(r.get("place")), new Place(r.get("place"), knownCountry(r, r.get("country"))));
        }
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/groups.tsv", "group", "members", "note")) {
            List<String> members = Arrays.asList(r.get("members").split("\\s*,\\s*"));
            for (String m : members) knownCountry(r, m);
            groups.add(tokenizer.phraseTerms(r.get("group")), new Group(r.get("group"), members));
        }
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/armed-groups.tsv", "group", "country", "source", "note")) {
            if (r.get("group").isEmpty() || r.get("source").isEmpty()) throw r.problem("an armed group needs a name and a source");
            armedGroups.add(tokenizer.phraseTerms(r.get("group")), new ArmedGroup(r.get("group"), knownCountry(r, r.get("country"))));
        }
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/abbreviations.tsv", "form", "note")) {
            String a = Fold.fold(r.get("form"));
            abbreviations.add(a.endsWith(".") ? a.substring(0, a.length() - 1) : a);
        }
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/role-fallbacks.tsv", "role", "stands_for", "note")) {
            roleFallbacks.put(r.get("role"), Arrays.asList(r.get("stands_for").split("\\s*,\\s*")));
        }
        readLeadingOffices();
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/international-roles.tsv", "role", "note")) internationalRoles.add(r.get("role"));
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/role-families.tsv", "role", "family", "country", "note")) {
            RoleFamily.CountryRule rule = RoleFamily.CountryRule.find(r.get("country"))
                    .orElseThrow(() -> r.problem("country is one of " + RoleFamily.CountryRule.known() + ", not '" + r.get("country") + "'"));
            if (r.get("role").isEmpty() || r.get("family").isEmpty()) throw r.problem("a role family needs a role and a family");
            if (roleFamilies.put(r.get("role"), new RoleFamily(r.get("role"), r.get("family"), rule)) != null) throw r.problem("role '" + r.get("role") + "' is listed twice");
        }
        readLocalTitles();
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/stopwords.tsv", "lang", "word", "note")) {
            if (languages.stream().noneMatch(l -> l.code().equals(r.get("lang")))) throw r.problem("lang '" + r.get("lang") + "' is not in kb/lexicon/languages.tsv");
            String word = r.get("word").toLowerCase(Locale.ROOT);
            for (Lexicon lex : lexicons.values()) {
                if (!lex.lang().equals(r.get("lang")) && lex.oneWordTriggers().contains(word)) {
                    throw r.problem("'" + word + "' is an event word of " + lex.lang() + ": as a function word of " + r.get("lang")
                            + " it would read a short " + lex.lang() + " dispatch as " + r.get("lang"));
                }
            }
            functionWords.put(word, r.get("lang"));
        }
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/name-particles.tsv", "particle", "note")) {
            String particle = r.get("particle").toLowerCase(Locale.ROOT);
            if (particle.isEmpty() || !particle.chars().allMatch(Character::isLetter)) throw r.problem("a particle is one word of letters, not '" + particle + "'");
            nameParticles.add(particle);
        }
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/name-order.tsv", "country", "order", "source", "note")) {
            NameOrder order = NameOrder.find(r.get("order")).orElseThrow(() -> r.problem("order is one of " + NameOrder.known() + ", not '" + r.get("order") + "'"));
            if (r.get("source").isEmpty()) throw r.problem("a name order needs its source");
            if (nameOrders.put(knownCountry(r, r.get("country")), order) != null) throw r.problem("country '" + r.get("country") + "' is listed twice");
        }
    }

    private String knownCountry(TsvResource.Row r, String code) {
        if (!countries.containsKey(code)) throw r.problem("country '" + code + "' is not in kb/countries.tsv");
        return code;
    }

    /**
     * The office that leads each state whose leader is not the first office of the generic {@code leader} line held
     * on a date: a parliamentary republic's or a constitutional monarchy's head of government, a governing monarch.
     */
    private void readLeadingOffices() {
        List<String> generic = roleFallbacks.get(LEADER);
        if (generic == null) throw new KnowledgeFileException("kb/lexicon/role-fallbacks.tsv: no line for the role '" + LEADER + "'");
        Set<String> concrete = new HashSet<>();
        for (List<RoleTenure> list : tenuresByActor.values()) for (RoleTenure t : list) concrete.add(t.role());
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/leading-offices.tsv", "country", "leads", "source", "note")) {
            String country = knownCountry(r, r.get("country"));
            String leads = r.get("leads");
            if (!roleFallbacks.containsKey(leads) && !concrete.contains(leads)) throw r.problem("leads '" + leads + "' is neither a role of kb/roles.tsv nor a role of role-fallbacks.tsv");
            if (r.get("source").isEmpty()) throw r.problem("a leading office needs a source");
            List<String> order = new ArrayList<>(roleFallbacks.getOrDefault(leads, List.of(leads)));
            for (String role : generic) if (!order.contains(role)) order.add(role);
            if (leaderRoles.put(country, List.copyOf(order)) != null) throw r.problem("country '" + country + "' is listed twice");
        }
    }

    /**
     * Titles that name another office in some states (kb/lexicon/local-titles.tsv): "foreign secretary" is the foreign
     * minister in the United Kingdom and the foreign ministry's senior diplomat in India.
     */
    private void readLocalTitles() {
        Set<String> roles = knownRoles();
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/local-titles.tsv", "lang", "form", "country", "role", "source", "note")) {
            Lexicon lex = lexicons.get(r.get("lang"));
            if (lex == null) throw r.problem("lang '" + r.get("lang") + "' has no lexicon");
            if (!lex.titleForms().contains(r.get("form"))) throw r.problem("'" + r.get("form") + "' is no title of " + r.get("lang") + " (kb/titles.tsv)");
            String country = knownCountry(r, r.get("country"));
            if (!roles.contains(r.get("role"))) throw r.problem("role '" + r.get("role") + "' is unknown (roles.tsv, role-families.tsv)");
            if (r.get("source").isEmpty()) throw r.problem("a local title needs a source");
            if (localRoles.put(r.get("lang") + "|" + r.get("form") + "|" + country, r.get("role")) != null) throw r.problem("the title is listed twice for " + country);
        }
    }

    /** The title as a state's office names it: its local role where local-titles.tsv gives one ("foreign secretary" of India), else itself. */
    public Lexicon.Title localTitle(String lang, Lexicon.Title title, String country) {
        String role = localRoles.get(lang + "|" + title.form() + "|" + country);
        return role == null ? title : new Lexicon.Title(role, title.plural(), title.form());
    }

    /**
     * The concrete roles a role stands for in a state, in order: itself, or what role-fallbacks.tsv lists for a generic
     * one, the state's own leading office first for {@code leader} (leading-offices.tsv).
     */
    public List<String> concreteRoles(String country, String role) {
        if (role.equals(LEADER)) {
            List<String> own = leaderRoles.get(country);
            if (own != null) return own;
        }
        return roleFallbacks.getOrDefault(role, List.of(role));
    }

    public Actor inOffice(String country, String role, LocalDate date) {
        for (String concrete : concreteRoles(country, role)) {
            Actor a = holder(country, concrete, date);
            if (a != null) return a;
        }
        return null;
    }

    /** Everyone holding the role, or one of the roles it stands for, on the date, in the order of role-fallbacks.tsv (and leading-offices.tsv). */
    public List<Actor> holders(String country, String role, LocalDate date) {
        List<Actor> out = new ArrayList<>();
        for (String concrete : concreteRoles(country, role)) {
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

    /** Whether the role speaks for an organisation (UN, NATO, EU), not for a state. */
    public boolean internationalRole(String role) {
        return internationalRoles.contains(role);
    }

    /** The family of a role that makes an open-world actor, or null when the role makes none (role-families.tsv). */
    public RoleFamily roleFamily(String role) {
        return roleFamilies.get(role);
    }

    /** Every role the knowledge base knows: those of roles.tsv, role-families.tsv and international-roles.tsv. */
    public Set<String> knownRoles() {
        Set<String> roles = new HashSet<>(roleFamilies.keySet());
        roles.addAll(internationalRoles);
        for (List<RoleTenure> list : tenuresByActor.values()) for (RoleTenure t : list) roles.add(t.role());
        return roles;
    }

    /** The actor of the shipped knowledge base with this id, or null. */
    public Actor actor(String id) {
        return actors.get(id);
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

    /** Whether a word in lower case, by its interned term id ({@link Terms}), starts one of the listed names ("pape François", "sultan Qaboos", "al-Jubeir"). */
    public boolean startsALowerCaseName(int termId) {
        return termId >= 0 && lowerCaseNameStarts.get(termId);
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

    /** Places that say the country of an office a title qualifies ("Ohio Governor", "maire de Montréal"): those above and office-places.tsv. */
    public TokenTrie<Place> officePlaces() {
        return officePlaces;
    }

    /** Cities that host diplomatic talks and are no capital (kb/lexicon/venues.tsv): "in Istanbul", "à Genève". */
    public TokenTrie<Place> venues() {
        return venues;
    }

    /** Groups of states a summit can convene (G7). */
    public TokenTrie<Group> groups() {
        return groups;
    }

    /** Armed groups that make truces with states, by name (kb/lexicon/armed-groups.tsv). */
    public TokenTrie<ArmedGroup> armedGroups() {
        return armedGroups;
    }

    /** Abbreviations after which a dot does not end a sentence, folded, without the final dot. */
    public Set<String> abbreviations() {
        return abbreviations;
    }

    /** The event types the triggers of every language signal, each with where a trigger of it is ("kb/lexicon/triggers-en.tsv:2"). */
    public Map<EventType, String> triggeredTypes() {
        Map<EventType, String> types = new EnumMap<>(EventType.class);
        for (Lexicon lex : lexicons.values()) lex.triggeredTypes().forEach(types::putIfAbsent);
        return types;
    }

    /** Function words that belong to one language only, each with its language: the language vote reads them. */
    public Map<String, String> functionWords() {
        return functionWords;
    }

    /** Lower-case words that stand inside people's names ("von der Leyen", "Van Rompuy"): no vote for a language there. */
    /** How copy names each listed state's people by one word after their full name (kb/lexicon/name-order.tsv). */
    public Map<String, NameOrder> nameOrders() {
        return nameOrders;
    }

    public Set<String> nameParticles() {
        return nameParticles;
    }

    /** Per lower-case one-word trigger ("phoned", "sommet"), the one language it belongs to: the language vote's last resort. */
    public Map<String, String> eventWords() {
        Map<String, String> words = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Lexicon lex : lexicons.values()) {
            for (String word : lex.oneWordTriggers()) {
                String known = words.putIfAbsent(word, lex.lang());
                if (known != null && !known.equals(lex.lang())) shared.add(word);
            }
        }
        words.keySet().removeAll(shared);
        return words;
    }

    /** The concrete roles a generic role stands for ("leader": president, chancellor, ...), empty when it stands for none. */
    public List<String> standsFor(String role) {
        return roleFallbacks.getOrDefault(role, List.of());
    }

    public Country country(String code) {
        return countries.get(code);
    }

    /** The lexicon of the language, or null when it has none (no events, no role phrases). */
    public Lexicon lexicon(String lang) {
        return lexicons.get(lang);
    }

    /** The languages of kb/lexicon/languages.tsv, in its order. */
    public List<Language> languages() {
        return languages;
    }

    /** The tokenizer the knowledge base's phrases were read with; texts must be read with it too. */
    public OffsetTokenizer tokenizer() {
        return tokenizer;
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

    private static LocalDate date(TsvResource.Row r, String column) {
        String s = r.get(column);
        if (s.isEmpty()) return null;
        try {
            return LocalDate.parse(s.length() == 4 ? s + "-01-01" : s.length() == 7 ? s + "-01" : s);
        } catch (DateTimeParseException e) {
            throw r.problem(column + " '" + s + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** A checksum of every file read, in a fixed order: part of the tagger version, so a knowledge change shows. */
    private String checksum() {
        List<String> files = new ArrayList<>(FILES);
        for (String lang : lexicons.keySet()) for (String f : LANGUAGE_FILES) files.add(String.format(f, lang));
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[8192];
        for (String f : files) {
            try (InputStream in = source.open(f)) {
                if (in == null) continue;
                for (int n; (n = in.read(buffer)) > 0; ) crc.update(buffer, 0, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.format("%08x", crc.getValue());
    }
}
