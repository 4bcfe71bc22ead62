package io.newswire.enrich.tagger.kb;

import io.newswire.enrich.tagger.text.Fold;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a language is written, as far as the tagger needs it (kb/lexicon/profile-{lang}.tsv): the words elided
 * before an apostrophe, the possessive ending, where a demonym stands, the small words between a role title and
 * its country, the word that joins two demonyms.
 *
 * @param elisions          words elided before an apostrophe ("l'Elysée": l), dropped so that the word after matches
 * @param possessives       possessive endings after an apostrophe ("Russia's": s), dropped likewise
 * @param demonymAfterNoun  whether a demonym follows the noun it qualifies ("la région syrienne") or precedes it
 * @param titleLinks        small words between a role title and its country ("président de la Turquie": de, la)
 * @param linksBeforeTitle  small words between a country and the title after it
 * @param conjunctions      words that join two demonyms of one title ("les présidents russe et turc": et)
 * @param conditionalEndings endings of a verb in the conditional mood, a plan told by others ("signeraient": eraient),
 *                          read as a planned modality on a word no cue starts
 * @param conditionalExceptions endings, accents kept, that look like the conditional but are not ("espérait": érait)
 * @param verbEndings       endings a modality word takes ("proposes", "proposing"; "prêt", "prête"): a cue is read in each form
 * @param dayPrepositions   words that join a day to a verb ("on Tuesday"), skipped with the day inside a cue
 * @param pastEndings       endings of the past, taken off a word but never put on ("secure" does not give "secured": that is done)
 * @param negationsAfterVerb negation words that follow the verb they negate ("n'exclut pas": pas), as well as preceding a
 *                          participle ("n'a pas exclu")
 * @param participleEndings endings of a past participle that agrees with its subject ("réuni": i, "reçu": u)
 * @param agreementEndings  endings such a participle takes ("réunies": es): a verb trigger is read in each form
 * @param nounModifiers     adjectives that may stand inside a trigger's noun phrase, after its head ("l'arrêt immédiat des
 *                          combats"): a trigger of three words or more is read with each after its first word
 * @param accentedTwins     words whose accent tells them from the word they fold to, by that folded word ("a": "à", not
 *                          the verb): a cue that writes one matches only where the text writes it so, and the other way round
 * @param nameOwnsTitle     whether a person's name right before a title owns it, as a possessive would ("Zelenskiy adviser
 *                          Mykhailo Podolyak")
 * @param accentedPastEndings the past and participle endings that an accent tells from the word they fold to ("é", "ée",
 *                          "és", "ées"), longest first: a text word ending so is a participle, no cue word that ends otherwise
 * @param objectRelatives   relative words whose antecedent is the object of the clause they open ("which Hamas turned
 *                          down", "que le Hamas a rejetée")
 * @param objectPronouns    object pronouns for a thing named before: after the verb ("rejected it"), or, written with
 *                          an apostrophe, elided before the verb or its auxiliary ("l'a rejetée")
 * @param futureToConditional endings of the future and the conditional endings they turn into ("ra" to "rait"): a verb
 *                          trigger told in the future is read in the conditional too ("se rendra", "se rendrait")
 * @param futureEndings     endings of the future tense, on a word no cue names: a meeting told as to come ("conduira")
 * @param comparatives      words after which a clause word compares and opens no clause ("aussi rapide que possible")
 * @param elidedOwners      elided words that open the party owning or giving the noun before them ("un refus d'Israël": d)
 * @param elidedClauses     elided words that open a clause before a name, as their full word does ("qu'Emmanuel Macron": qu)
 * @param phrasalParticles  the particles that end a phrasal verb, after which an object pronoun may come between the verb
 *                          and its particle ("turned it down" for "turned down", "ruled it out")
 * @param modalFutures      by an ending of a modality cue's first word, the endings that replace it in the future and the
 *                          conditional ("rejeté": "rejetterait" from "rejette", "acceptera" from "accepté"; "rejected":
 *                          "reject" after an auxiliary), "-" for none
 * @param futureAuxiliaries words written before such a form ("would", "will"), none where the ending tells the tense
 * @param futureStatuses    the statuses a modality cue keeps in the future and the conditional: a stance taken ahead
 *                          ("would reject", "n'acceptera pas", "proposerait"), not a state ("respectera" a truce is no truce in force)
 * @param futureExceptions  cue words whose future tells an act to come, a plan, not a stance ("signeraient des accords")
 * @param lengthsBack       words after a length that count it back from the dispatch's date ("two years ago", "a year earlier")
 * @param pastPerfects      auxiliaries of a past before the past ("had visited"), which date a month named without its year
 *                          to the dispatch's year before its month
 * @param monthPrepositions words that open a month ("in August")
 * @param phrasalDeterminers determiners that open a carrier noun standing between a phrasal verb and its particle
 *                          ("turned the plan down", "brushed the offer aside")
 */
public record LanguageProfile(String lang, Set<String> elisions, Set<String> possessives, boolean demonymAfterNoun,
                              Set<String> titleLinks, Set<String> linksBeforeTitle, Set<String> conjunctions,
                              Set<String> conditionalEndings, Set<String> conditionalExceptions, List<String> verbEndings,
                              List<String> pastEndings, Set<String> dayPrepositions, Set<String> negationsAfterVerb,
                              Set<String> participleEndings, List<String> agreementEndings, Set<String> nounModifiers,
                              Map<String, String> accentedTwins, boolean nameOwnsTitle, List<String> accentedPastEndings,
                              Set<String> objectRelatives, Set<String> objectPronouns, Map<String, String> futureToConditional, Set<String> comparatives, Set<String> futureEndings,
                              Set<String> elidedOwners, Set<String> elidedClauses, Set<String> phrasalParticles,
                              Map<String, List<String>> modalFutures, List<String> futureAuxiliaries, Set<String> futureStatuses, Set<String> futureExceptions,
                              Set<String> lengthsBack, Set<String> pastPerfects, Set<String> monthPrepositions,
                              Set<String> phrasalDeterminers) {

    /** The {@code setting} column. */
    private enum Setting {
        ELISION, POSSESSIVE, DEMONYM_POSITION, TITLE_LINK, LINK_BEFORE_TITLE, CONJUNCTION, CONDITIONAL_ENDING, CONDITIONAL_EXCEPT, VERB_ENDING, PAST_ENDING, DAY_PREPOSITION, NEGATION_AFTER_VERB, PARTICIPLE_ENDING, AGREEMENT_ENDING, NOUN_MODIFIER, ACCENT_SENSITIVE, NAME_OWNS_TITLE, OBJECT_RELATIVE, OBJECT_PRONOUN, FUTURE_CONDITIONAL, COMPARATIVE, FUTURE_ENDING, ELIDED_OWNER, ELIDED_CLAUSE, PHRASAL_PARTICLE, MODAL_FUTURE, FUTURE_AUXILIARY, FUTURE_STATUS, FUTURE_EXCEPT, LENGTH_BACK, PAST_PERFECT, MONTH_PREPOSITION, PHRASAL_DETERMINER;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The names of the settings a profile file may set, as its {@code setting} column writes them. */
    public static List<String> settings() {
        return Arrays.stream(Setting.values()).map(Setting::wireName).toList();
    }

    private static final String AFTER_NOUN = "after_noun";
    /** The shortest stem an ending is taken from: "ended" gives no "end" to inflect, "proposed" gives "propos". */
    private static final int MIN_STEM = 4;
    private static final String BEFORE_NOUN = "before_noun";

    /**
     * Whether the word is a verb in the conditional mood: its folded term ends in one of the endings and is longer than
     * it, and its lower-case surface ends in none of the exceptions.
     */
    public boolean conditional(String term, String surface) {
        if (!hasConditionalEnding(term)) return false;
        for (String exception : conditionalExceptions) if (surface.endsWith(exception)) return false;
        return true;
    }

    /** Whether the folded term ends in a conditional ending and is longer than it: asked first, the surface only then. */
    public boolean hasConditionalEnding(String term) {
        for (String ending : conditionalEndings) if (term.length() > ending.length() && term.endsWith(ending)) return true;
        return false;
    }

    /**
     * The other forms of a word, one ending swapped for another ("proposing" for "proposed", "prête" for "prêt"), the
     * bare stem excepted ("holding" gives no "hold"), and the plain twin of an accent-sensitive word ("programmé" gives
     * no "programme", the noun of "le programme nucléaire"): empty for a word of other letters or too short a stem.
     */
    public Set<String> otherForms(String word) {
        Set<String> out = new LinkedHashSet<>();
        if (verbEndings.isEmpty() || !word.chars().allMatch(Character::isLetter)) return out;
        for (String ending : (Iterable<String>) java.util.stream.Stream.concat(verbEndings.stream(), pastEndings.stream())::iterator) {
            String stem = ending.isEmpty() || word.endsWith(ending) ? word.substring(0, word.length() - ending.length()) : null;
            if (stem == null || stem.length() < MIN_STEM) continue;
            for (String other : verbEndings) if (!other.isEmpty()) out.add(stem + other);
        }
        out.remove(word);
        out.removeIf(accentedTwins::containsKey);
        return out;
    }

    /**
     * A modality phrase that ends in a phrasal verb's particle, with an object pronoun between the verb and its particle
     * ("turned it down" for "turned down", "ruled it out" for "ruled out"): empty when its last word is no particle.
     */
    public Set<String> phrasalForms(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        int space = phrase.lastIndexOf(' ');
        if (space < 0 || !phrasalParticles.contains(phrase.substring(space + 1).toLowerCase(Locale.ROOT))) return out;
        for (String pronoun : objectPronouns) {
            if (!pronoun.endsWith("'")) out.add(phrase.substring(0, space) + " " + pronoun + phrase.substring(space));
        }
        return out;
    }

    /**
     * A modality phrase that ends in a phrasal verb's particle, with a carrier noun and its determiner between the verb and
     * its particle ("turned the plan down" for "turned down", "brushed the offer aside" for "brushed aside"): empty when its
     * last word is no particle or the language lists no such determiner.
     */
    public Set<String> phrasalCarrierForms(String phrase, java.util.Collection<String> carriers) {
        Set<String> out = new LinkedHashSet<>();
        int space = phrase.lastIndexOf(' ');
        if (space < 0 || !phrasalParticles.contains(phrase.substring(space + 1).toLowerCase(Locale.ROOT))) return out;
        for (String determiner : phrasalDeterminers) {
            for (String carrier : carriers) out.add(phrase.substring(0, space) + " " + determiner + " " + carrier + phrase.substring(space));
        }
        return out;
    }

    /**
     * Whether the word is a verb in the future tense: its folded term ends in a future ending after a stem of four letters
     * or more, and its surface in no conditional exception ("caméra").
     */
    public boolean future(String term, String surface) {
        if (!hasFutureEnding(term)) return false;
        for (String exception : conditionalExceptions) if (surface.endsWith(exception)) return false;
        for (String ending : futureEndings) if (term.length() - ending.length() >= MIN_STEM && term.endsWith(ending)) return true;
        return false;
    }

    /** Whether the folded term ends in a future ending after a stem long enough: asked first, the surface only then. */
    public boolean hasFutureEnding(String term) {
        for (String ending : futureEndings) if (term.length() - ending.length() >= MIN_STEM && term.endsWith(ending)) return true;
        return false;
    }

    /** Whether the folded term is a word of comparison ("aussi", "plus"): a clause word within a few words after it compares. */
    public boolean comparative(String term) {
        return comparatives.contains(term);
    }

    /**
     * The conditional of a verb phrase whose last word is in the future ("se rendrait", "se rendraient" for "se rendra",
     * "se rendront"): empty when the last word ends in no future ending or leaves a stem shorter than four letters.
     */
    public Set<String> conditionalForms(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        int space = phrase.lastIndexOf(' ');
        String last = phrase.substring(space + 1);
        futureToConditional.forEach((future, conditional) -> {
            if (last.endsWith(future) && last.length() - future.length() >= MIN_STEM) {
                out.add(phrase.substring(0, space + 1) + last.substring(0, last.length() - future.length()) + conditional);
            }
        });
        return out;
    }

    /**
     * The future and conditional of a modality phrase, its first word's ending swapped for each the profile gives
     * ({@link #modalFutures}) and the auxiliaries written before it ("would reject" for "rejected", "rejetterait" for
     * "rejette"): empty for a status no stance keeps ({@link #futureStatuses}) or a stem shorter than four letters.
     */
    public Set<String> futureForms(String phrase, String status) {
        Set<String> out = new LinkedHashSet<>();
        if (modalFutures.isEmpty() || !futureStatuses.contains(status)) return out;
        String lower = phrase.toLowerCase(Locale.ROOT);
        int space = lower.indexOf(' ');
        String first = space < 0 ? lower : lower.substring(0, space);
        String rest = space < 0 ? "" : lower.substring(space);
        if (!first.chars().allMatch(Character::isLetter) || futureExceptions.contains(first)) return out;
        modalFutures.forEach((ending, replacements) -> {
            String stem = ending.equals("-") ? first : first.endsWith(ending) ? first.substring(0, first.length() - ending.length()) : null;
            if (stem == null || stem.length() < MIN_STEM) return;
            for (String replacement : replacements) {
                String form = stem + (replacement.equals("-") ? "" : replacement) + rest;
                if (futureAuxiliaries.isEmpty()) out.add(form);
                for (String auxiliary : futureAuxiliaries) out.add(auxiliary + " " + form);
            }
        });
        out.remove(lower);
        return out;
    }

    /**
     * The other forms of a past participle as it agrees with its subject ("réunies", "réunie", "réuni" for "réunis"):
     * empty for a word that ends in no participle ending once an agreement ending is taken off.
     */
    public Set<String> agreementForms(String word) {
        Set<String> out = new LinkedHashSet<>();
        String base = null;
        for (String ending : agreementEndings) {           // longest first: "réunies" is "réuni" + "es", not "réunie" + "s"
            String stem = word.endsWith(ending) ? word.substring(0, word.length() - ending.length()) : "";
            if (base == null && participleStem(stem)) base = stem;
        }
        if (base == null && participleStem(word)) base = word;
        if (base == null) return out;
        out.add(base);
        for (String ending : agreementEndings) out.add(base + ending);
        out.remove(word);
        return out;
    }

    /**
     * Whether a phrase read at a word of the text agrees with it on an accent-sensitive word: "à Moscou" is no reading
     * of "a Moscou" (the verb), nor "a rencontré" of "à rencontré". {@code written} is the word as the text writes it;
     * a capitalised one may have lost its accent ("A l'issue de") and agrees with both; {@code term} is its folded term.
     */
    public boolean agreesOnAccent(String phrase, String term, String written) {
        String accented = accentedTwins.get(term);
        if (accented == null || written.isEmpty() || !Character.isLowerCase(written.charAt(0))) return true;
        String w = written.toLowerCase(Locale.ROOT);
        String other = w.equals(term) ? accented : term;
        List<String> words = PHRASE_WORDS.computeIfAbsent(phrase, LanguageProfile::words);
        return !words.contains(other) || words.contains(w);
    }

    // the lower-case words of each cue phrase asked about: split once per phrase, not at every match of the phrase
    // ("à" and "a" stand in a tenth of the cues and in every sentence); the phrases are the knowledge base's, a bounded set
    private static final Map<String, List<String>> PHRASE_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> words(String phrase) {
        return List.of(phrase.toLowerCase(Locale.ROOT).split("[\\s'’]+"));
    }

    /**
     * The accented past ending the text's word from {@code start} to {@code end} ends in ("négocié": é, "prêtées": ées,
     * any case), or null: read on the body's letters, no string made. Null at once for a language with no such ending.
     */
    public String accentedPastEnding(String body, int start, int end) {
        for (String ending : accentedPastEndings) {      // longest first
            int from = end - ending.length();
            if (from > start && body.regionMatches(true, from, ending, 0, ending.length())) return ending;
        }
        return null;
    }

    /**
     * Whether a cue phrase read at a text word that ends in an accented past ending agrees with it there: its word that
     * folds to the same term ends so too. "négocie", generated from "négocient", is no reading of "ont négocié" (talks
     * held), nor "prête à" of "a prêté à"; "discuté d'un" is one of "ont discuté d'un". True when no word of the phrase
     * folds to the term (a day inside the match).
     */
    public boolean agreesOnEnding(String phrase, String term, String ending) {
        Map<String, String> words = PHRASE_FOLDED.computeIfAbsent(phrase, LanguageProfile::foldedWords);
        String written = words.get(term);
        return written == null || written.endsWith(ending);
    }

    // by cue phrase, its lower-case words by their folded term: built once per phrase (a bounded set, the knowledge base's)
    private static final Map<String, Map<String, String>> PHRASE_FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, String> foldedWords(String phrase) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String w : words(phrase)) out.putIfAbsent(Fold.fold(w), w);
        return Map.copyOf(out);
    }

    /** Whether a folded term is the plain twin of an accent-sensitive word ("a" of "à"): only then is its surface read. */
    public boolean hasAccentedTwin(String term) {
        return accentedTwins.containsKey(term);
    }

    /** A noun phrase of three words or more with a modifier after its head ("arrêt immédiat des combats"); none for a shorter one. */
    public List<String> withModifiers(String phrase) {
        String[] words = phrase.split(" ");
        if (words.length < 3) return List.of();
        String rest = phrase.substring(words[0].length());
        return nounModifiers.stream().map(m -> words[0] + " " + m + rest).toList();
    }

    private boolean participleStem(String word) {
        return word.length() >= MIN_STEM && participleEndings.stream().anyMatch(word::endsWith);
    }

    /** Whether {@code word} is written as a past participle, agreed or not ("reçu", "accueillies"); never in a language without participle endings. */
    public boolean participle(String word) {
        return participleStem(word) || !agreementForms(word).isEmpty();
    }

    /**
     * The word of {@code which} written elided right before the character {@code at} of {@code body}, its apostrophe
     * between ("d'Israël": d), as a word of its own (not the end of "lorsqu'"); null when none. The tokenizer drops
     * elided words, so the rules that read one look here.
     */
    public static String elidedBefore(String body, int at, Set<String> which) {
        if (at < 2 || (body.charAt(at - 1) != '\'' && body.charAt(at - 1) != '\u2019')) return null;
        for (String w : which) {
            int from = at - 1 - w.length();
            if (from >= 0 && body.regionMatches(true, from, w, 0, w.length()) && (from == 0 || !Character.isLetter(body.charAt(from - 1)))) return w;
        }
        return null;
    }

    static LanguageProfile load(KbSource source, String lang) {
        String path = "kb/lexicon/profile-" + lang + ".tsv";
        Set<String> elisions = new LinkedHashSet<>();
        Set<String> possessives = new LinkedHashSet<>();
        Set<String> links = new LinkedHashSet<>();
        Set<String> before = new LinkedHashSet<>();
        Set<String> conjunctions = new LinkedHashSet<>();
        Set<String> conditional = new LinkedHashSet<>();
        Set<String> notConditional = new LinkedHashSet<>();
        List<String> verbEndings = new java.util.ArrayList<>(List.of(""));
        List<String> pastEndings = new java.util.ArrayList<>();
        Set<String> dayPrepositions = new LinkedHashSet<>();
        Set<String> negationsAfterVerb = new LinkedHashSet<>();
        Set<String> participleEndings = new LinkedHashSet<>();
        List<String> agreementEndings = new java.util.ArrayList<>();
        Map<String, String> accentedTwins = new java.util.LinkedHashMap<>();
        Set<String> nounModifiers = new LinkedHashSet<>();
        Set<String> objectRelatives = new LinkedHashSet<>();
        Set<String> objectPronouns = new LinkedHashSet<>();
        Map<String, String> futureToConditional = new java.util.LinkedHashMap<>();
        Set<String> comparatives = new LinkedHashSet<>();
        Set<String> elidedOwners = new LinkedHashSet<>();
        Set<String> elidedClauses = new LinkedHashSet<>();
        Set<String> futureEndings = new LinkedHashSet<>();
        Set<String> phrasalParticles = new LinkedHashSet<>();
        Set<String> phrasalDeterminers = new LinkedHashSet<>();
        Map<String, List<String>> modalFutures = new java.util.LinkedHashMap<>();
        List<String> futureAuxiliaries = new java.util.ArrayList<>();
        Set<String> futureStatuses = new LinkedHashSet<>();
        Set<String> futureExceptions = new LinkedHashSet<>();
        Set<String> lengthsBack = new LinkedHashSet<>();
        Set<String> pastPerfects = new LinkedHashSet<>();
        Set<String> monthPrepositions = new LinkedHashSet<>();
        Boolean after = null;
        boolean nameOwnsTitle = false;
        for (TsvResource.Row r : TsvResource.read(source, path, "setting", "value", "note")) {
            Setting setting = Arrays.stream(Setting.values()).filter(s -> s.wireName().equals(r.get("setting"))).findFirst()
                    .orElseThrow(() -> r.problem("unknown setting '" + r.get("setting") + "' (known: "
                            + Arrays.stream(Setting.values()).map(Setting::wireName).collect(Collectors.joining(", ")) + ")"));
            String value = r.get("value");
            if (value.isEmpty()) throw r.problem(setting.wireName() + " needs a value");
            switch (setting) {
                case ELISION -> elisions.add(value);
                case POSSESSIVE -> possessives.add(value);
                case TITLE_LINK -> links.add(value);
                case LINK_BEFORE_TITLE -> before.add(value);
                case CONJUNCTION -> conjunctions.add(value);
                case DAY_PREPOSITION -> dayPrepositions.add(value);
                case NEGATION_AFTER_VERB -> negationsAfterVerb.add(value);
                case PARTICIPLE_ENDING -> participleEndings.add(value);
                case NOUN_MODIFIER -> nounModifiers.add(value.toLowerCase(Locale.ROOT));
                case OBJECT_RELATIVE -> objectRelatives.add(value.toLowerCase(Locale.ROOT));
                case OBJECT_PRONOUN -> objectPronouns.add(value.toLowerCase(Locale.ROOT).replace('’', '\''));
                case ACCENT_SENSITIVE -> {
                    if (value.equals(Fold.fold(value)) || value.contains(" ")) throw r.problem("accent_sensitive is one word with an accent, not '" + value + "'");
                    accentedTwins.put(Fold.fold(value), value.toLowerCase(Locale.ROOT));
                }
                case AGREEMENT_ENDING -> {
                    if (agreementEndings.contains(value)) throw r.problem("agreement ending '" + value + "' is listed twice");
                    agreementEndings.add(value);
                }
                case CONDITIONAL_ENDING -> conditional.add(value);
                case CONDITIONAL_EXCEPT -> notConditional.add(value);
                case VERB_ENDING, PAST_ENDING -> {
                    if (verbEndings.contains(value) || pastEndings.contains(value)) throw r.problem("ending '" + value + "' is listed twice");
                    (setting == Setting.VERB_ENDING ? verbEndings : pastEndings).add(value);
                }
                case COMPARATIVE -> comparatives.add(Fold.fold(value));
                case ELIDED_OWNER, ELIDED_CLAUSE -> {
                    String word = value.toLowerCase(Locale.ROOT);
                    if (!elisions.contains(word)) throw r.problem(setting.wireName() + " '" + value + "' is no elision of this file: list it as an elision first");
                    (setting == Setting.ELIDED_OWNER ? elidedOwners : elidedClauses).add(word);
                }
                case FUTURE_ENDING -> futureEndings.add(value);
                case PHRASAL_PARTICLE -> phrasalParticles.add(value.toLowerCase(Locale.ROOT));
                case PHRASAL_DETERMINER -> phrasalDeterminers.add(value.toLowerCase(Locale.ROOT));
                case MODAL_FUTURE -> {
                    String[] parts = value.toLowerCase(Locale.ROOT).split(" ");
                    if (parts.length < 2) throw r.problem("modal_future is an ending and the endings that replace it ('-' for none), not '" + value + "'");
                    if (modalFutures.put(parts[0], List.of(parts).subList(1, parts.length)) != null) throw r.problem("ending '" + parts[0] + "' is listed twice");
                }
                case FUTURE_AUXILIARY -> futureAuxiliaries.add(value.toLowerCase(Locale.ROOT));
                case FUTURE_EXCEPT -> futureExceptions.add(value.toLowerCase(Locale.ROOT));
                case LENGTH_BACK -> lengthsBack.add(Fold.fold(value));
                case PAST_PERFECT -> pastPerfects.add(Fold.fold(value));
                case MONTH_PREPOSITION -> monthPrepositions.add(Fold.fold(value));
                case FUTURE_STATUS -> {
                    if (io.newswire.schemas.EventStatus.find(value).isEmpty()) throw r.problem("future_status is an event status, not '" + value + "'");
                    futureStatuses.add(value);
                }
                case FUTURE_CONDITIONAL -> {
                    String[] pair = value.split(" ");
                    if (pair.length != 2) throw r.problem("future_conditional is a future ending and its conditional ending, not '" + value + "'");
                    if (futureToConditional.put(pair[0], pair[1]) != null) throw r.problem("future ending '" + pair[0] + "' is listed twice");
                }
                case NAME_OWNS_TITLE -> {
                    if (!value.equals("yes")) throw r.problem("name_owns_title is yes when set, not '" + value + "'");
                    nameOwnsTitle = true;
                }
                case DEMONYM_POSITION -> {
                    if (after != null) throw r.problem("demonym_position is set twice");
                    if (!List.of(AFTER_NOUN, BEFORE_NOUN).contains(value)) throw r.problem("demonym_position is " + AFTER_NOUN + " or " + BEFORE_NOUN + ", not '" + value + "'");
                    after = value.equals(AFTER_NOUN);
                }
            }
        }
        if (after == null) throw new KnowledgeFileException(path + ": no demonym_position (" + AFTER_NOUN + " or " + BEFORE_NOUN + ")");
        if (participleEndings.isEmpty() != agreementEndings.isEmpty()) {
            throw new KnowledgeFileException(path + ": participle_ending and agreement_ending go together (one is set, the other is not)");
        }
        agreementEndings.sort(java.util.Comparator.comparingInt(String::length).reversed());
        List<String> accentedPast = java.util.stream.Stream.concat(pastEndings.stream(), participleEndings.stream())
                .map(e -> e.toLowerCase(Locale.ROOT)).filter(e -> !e.equals(Fold.fold(e))).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        return new LanguageProfile(lang, Set.copyOf(elisions), Set.copyOf(possessives), after, Set.copyOf(links), Set.copyOf(before), Set.copyOf(conjunctions),
                Set.copyOf(conditional), Set.copyOf(notConditional), verbEndings.size() == 1 ? List.of() : List.copyOf(verbEndings),
                List.copyOf(pastEndings), Set.copyOf(dayPrepositions), Set.copyOf(negationsAfterVerb), Set.copyOf(participleEndings), List.copyOf(agreementEndings), Set.copyOf(nounModifiers), Map.copyOf(accentedTwins), nameOwnsTitle, accentedPast,
                Set.copyOf(objectRelatives), Set.copyOf(objectPronouns), Map.copyOf(futureToConditional), Set.copyOf(comparatives), Set.copyOf(futureEndings),
                Set.copyOf(elidedOwners), Set.copyOf(elidedClauses), Set.copyOf(phrasalParticles),
                java.util.Collections.unmodifiableMap(modalFutures), List.copyOf(futureAuxiliaries), Set.copyOf(futureStatuses), Set.copyOf(futureExceptions),
                Set.copyOf(lengthsBack), Set.copyOf(pastPerfects), Set.copyOf(monthPrepositions), Set.copyOf(phrasalDeterminers));
    }
}
