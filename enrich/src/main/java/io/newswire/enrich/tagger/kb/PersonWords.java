package io.newswire.enrich.tagger.kb;

import io.newswire.enrich.tagger.text.OffsetTokenizer;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.enrich.tagger.text.TokenTrie;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words around a person's name and role phrase in one language (kb/lexicon/person-words-{lang}.tsv): honorifics
 * and ranks, party affiliations ("Republican Larry Hogan"), "former", modifiers, determiners, name particles, the prepositions of a title's complement, organisations
 * a complement may name, the words that make a title a club's or a company's office (or a name a journalist's), and
 * kinship words ("the widow of the former president"), and the words that make a title name a kind of office
 * holder, not the holder of the day ("the first female vice president", "le prochain président"), and the verbs that
 * give a named person a role ("Gérald Darmanin est nommé ministre de la Justice", "she had been health minister"), and
 * the verbs of leading that give one a past office in a relative clause before a state agency ("who led the CIA"), and the
 * common nouns of a state's intelligence service ("who led Israel's foreign intelligence service").
 */
public final class PersonWords {

    /** The {@code kind} column. */
    public enum Kind {
        HONORIFIC, AFFILIATION, FORMER, MODIFIER, DETERMINER, PARTICLE, COMPLEMENT, ORGANISATION, NON_STATE, KIN, GENERIC, COPULA, COPULA_PAST, RELATIVE, ORDINAL_ENDING, APPOINTING, SUCCESSOR, POSSESSIVE, LEAVING, POST, LEADING, INTELLIGENCE_SERVICE, PLAYING, STATE_OFFICE, INCOMING, SUCCEEDING, TAKING, TENURE, COUNTING, CLOCK, REPLACING, REPLACED_BY, ONE_OF, PARTY, PORTFOLIO_LINK, PREDECESSOR, COMPANY_OFFICE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Kind> find(String name) {
            return Arrays.stream(values()).filter(k -> k.wireName().equals(name)).findFirst();
        }

        static String known() {
            return Arrays.stream(values()).map(Kind::wireName).collect(Collectors.joining(", "));
        }
    }

    private final TokenTrie<Kind> words = new TokenTrie<>("personWords");
    // by kind, the same phrases again: read only to know whether a phrase of a kind stands at a word, so that a word
    // where none of the kinds asked for stands is not walked in the trie of all kinds (the answer stays that of the
    // longest phrase of all kinds). A kind's trie is walked, not only its first words read: "a" (of "à la tête de") opens a
    // phrase of leading, and a French text has one in every sentence, most before other words than "la tête"
    @SuppressWarnings("unchecked")
    private final TokenTrie<Kind>[] byKind = new TokenTrie[Kind.values().length];
    private final Map<Kind, Set<String>> oneWord = new EnumMap<>(Kind.class);      // folded one-word forms, for words no token holds

    private PersonWords() {
        for (int k = 0; k < byKind.length; k++) byKind[k] = new TokenTrie<>("personWords." + Kind.values()[k].wireName());
    }

    static PersonWords load(KbSource source, String lang, OffsetTokenizer tokenizer) {
        PersonWords p = new PersonWords();
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/person-words-" + lang + ".tsv", "kind", "form", "note")) {
            Kind kind = Kind.find(r.get("kind")).orElseThrow(() -> r.problem("unknown kind '" + r.get("kind") + "' (known: " + Kind.known() + ")"));
            String[] terms = tokenizer.phraseTerms(r.get("form"));
            if (terms.length == 0) throw r.problem("form '" + r.get("form") + "' has no word");
            p.words.add(terms, kind);
            p.byKind[kind.ordinal()].add(terms, kind);
            if (terms.length == 1) p.oneWord.computeIfAbsent(kind, k -> new HashSet<>()).add(terms[0]);
        }
        return p;
    }

    /** The end of the longest word of one of the kinds starting at token {@code at} (before {@code limit}), or -1. */
    public int endOf(List<Token> tokens, int at, int limit, Set<Kind> kinds) {
        if (at < 0 || at >= limit) return -1;
        if (kinds.size() <= 2 && !standsAt(tokens, at, limit, kinds)) return -1;
        TokenTrie.Match<Kind> m = words.longestAt(tokens, at, limit);
        if (m == null) return -1;
        for (Kind k : m.values()) if (kinds.contains(k)) return m.end();
        return -1;
    }

    /**
     * Whether a phrase of one of the kinds stands at token {@code at} (before {@code limit}): else the longest phrase of
     * all kinds there, if any, is of none of them.
     */
    private boolean standsAt(List<Token> tokens, int at, int limit, Set<Kind> kinds) {
        for (Kind k : kinds) if (byKind[k.ordinal()].longestAt(tokens, at, limit) != null) return true;
        return false;
    }

    /** {@link #endOf(List, int, int, Set)} for one kind, with no set to build at every token. */
    private int endOf(List<Token> tokens, int at, int limit, Kind kind) {
        if (at < 0 || at >= limit || byKind[kind.ordinal()].longestAt(tokens, at, limit) == null) return -1;
        TokenTrie.Match<Kind> m = words.longestAt(tokens, at, limit);
        return m != null && m.values().contains(kind) ? m.end() : -1;
    }

    /** Whether the folded word is a one-word form of the kind: "l", elided before a title, is a determiner. */
    public boolean has(String term, Kind kind) {
        return oneWord.getOrDefault(kind, Set.of()).contains(term);
    }

    /** The first token of an ordinal in figures ending at token {@code at} ("45th", "47e", "45 e"), or -1. */
    public int ordinalStart(List<Token> tokens, int at) {
        String term = tokens.get(at).term();
        int digits = digits(term);
        if (digits > 0 && digits < term.length() && has(term.substring(digits), Kind.ORDINAL_ENDING)) return at;
        boolean split = digits == 0 && at > 0 && has(term, Kind.ORDINAL_ENDING) && digits(tokens.get(at - 1).term()) == tokens.get(at - 1).term().length();
        return split ? at - 1 : -1;                                               // "45 e": the ending written apart
    }

    private static int digits(String term) {
        int digits = 0;
        while (digits < term.length() && Character.isDigit(term.charAt(digits))) digits++;
        return digits;
    }

    /** Whether token {@code at} alone is a word of the kind. */
    public boolean is(List<Token> tokens, int at, Kind kind) {
        return endOf(tokens, at, at + 1, kind) == at + 1;
    }

    /** The start of a word of the kind ending right before token {@code at}, looking back at most {@code maxTokens}, or -1. */
    public int startBefore(List<Token> tokens, int at, Kind kind, int maxTokens) {
        for (int back = maxTokens; back >= 1; back--) {
            int from = at - back;
            if (from >= 0 && endOf(tokens, from, at, kind) == at) return from;
        }
        return -1;
    }
}
