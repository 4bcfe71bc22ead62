package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.text.Fold;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.enrich.tagger.kb.AmbiguityRule;
import io.newswire.enrich.tagger.kb.CountryForm;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.TokenTrie;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds countries referred to by name, demonym, capital, seat or institution, and drops the readings that the
 * ambiguity rules of kb/lexicon/ambiguity.tsv exclude (Turkey the bird, Jordan the first name, Georgia the US state,
 * the Paris of "accord de Paris").
 */
public final class CountryMatcher {

    private static final int LOCATIVE_LENGTH = 2;   // tokens of a locative preposition ("à la", "in")
    private static final int CUE_BEFORE = 3;        // tokens of a treaty or place-noun cue before a country form ("accord de")
    private static final int CUE_AFTER = 4;         // ... and after it ("agreement", "province of")
    private static final int INSTITUTION_BEFORE = 2;   // tokens of an institution before its demonym ("le ministère russe")
    private static final int INSTITUTION_AFTER = 3;    // ... and after it ("Russian foreign ministry")

    private final KnowledgeBase kb;

    public CountryMatcher(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Country references in text order; spans covered by {@code taken} (actor names) are skipped. */
    public List<Ref> find(AnalyzedText text, boolean[] taken) {
        List<TokenTrie.Match<CountryForm>> raw = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                if (taken[i]) {
                    i++;
                    continue;
                }
                TokenTrie.Match<CountryForm> m = kb.countryForms().longestAt(text.tokens(), i, s.endToken());
                if (m == null) {
                    i++;
                    continue;
                }
                raw.add(m);
                i = m.end();
            }
        }
        Set<String> unambiguous = new LinkedHashSet<>();
        for (TokenTrie.Match<CountryForm> m : raw) {
            String code = onlyCode(m);
            if (code != null) unambiguous.add(code);
        }
        List<Ref> refs = new ArrayList<>();
        for (TokenTrie.Match<CountryForm> m : raw) {
            List<AmbiguityRule> rules = kb.ambiguityRules(key(text, m));
            CountryForm form = pick(readable(text, m), unambiguous, rules);
            if (form == null || !accepted(text, m, form, rules)) continue;
            if (!isCode(form.code())) continue;              // a blocker such as "Soviet Union": matched, but no state
            if (!form.kind().equals("name") && !form.kind().equals("demonym") && namesATreaty(text, m)) continue;
            int sentence = text.sentenceOfToken()[m.start()];
            boolean venue = locative(text, m.start()) || placeDemonym(text, m, form) || afterVenue(text, m, refs);
            refs.add(new Ref(m.start(), m.end(), form.code(), null, form.kind(), sentence, venue));
        }
        return markInstitutions(text, withElidedNames(text, refs, taken));
    }

    /**
     * "North and South Korea", "North and South Korean officials": a capitalised word joined by a conjunction to a state's
     * name or demonym of several words, that names another state when it takes the first word's place ("North Korea",
     * "North Korean"), is that state's name or demonym with its last words elided. "North and South America" names no
     * state, and "Trinidad and Tobago" is matched whole before.
     */
    private List<Ref> withElidedNames(AnalyzedText text, List<Ref> refs, boolean[] taken) {
        Lexicon lex = text.lexicon();
        if (lex == null) return refs;
        List<Ref> out = new ArrayList<>(refs);
        for (Ref r : refs) {
            int word = r.from() - 2;
            if (!(r.via().equals("name") || r.via().equals("demonym")) || r.to() - r.from() < 2 || word < 0 || taken[word] || text.sentenceOfToken()[word] != r.sentence()) continue;
            Token head = text.tokens().get(word);
            if (!head.capitalized() || !lex.profile().conjunctions().contains(text.tokens().get(r.from() - 1).term())) continue;
            if (refs.stream().anyMatch(o -> o.from() <= word && o.to() > word)) continue;
            List<Token> whole = new ArrayList<>();
            whole.add(head);
            whole.addAll(text.tokens().subList(r.from() + 1, r.to()));
            TokenTrie.Match<CountryForm> m = kb.countryForms().longestAt(whole, 0, whole.size());
            String code = m == null || m.end() != whole.size() ? null : onlyCode(m);
            if (code == null || !isCode(code) || code.equals(r.country()) || !m.values().get(0).kind().equals(r.via())) continue;
            out.add(new Ref(word, word + 1, code, null, r.via(), r.sentence(), r.locative()));
        }
        out.sort(java.util.Comparator.comparingInt(Ref::from));
        return out;
    }

    private static boolean isCode(String code) {
        return code.length() == 3 && Character.isUpperCase(code.charAt(0)) && Character.isUpperCase(code.charAt(2));
    }

    /** The code all readings of the form share, or null when they name several countries. */
    private static String onlyCode(TokenTrie.Match<CountryForm> m) {
        String code = m.values().get(0).code();
        for (CountryForm f : m.values()) if (!f.code().equals(code)) return null;
        return code;
    }

    /**
     * The readings of a match whose case the text has: a case-sensitive form ("Afghan", a blanket in lower case) is no
     * reading of "afghan", which another language's form of the same spelling still reads ("le gouvernement afghan").
     * When the text's own language refuses the case and only another language's form would read it ("an afghan
     * blanket" in English), there is no reading.
     */
    private static List<CountryForm> readable(AnalyzedText text, TokenTrie.Match<CountryForm> m) {
        List<CountryForm> forms = m.values();
        if (forms.size() == 1) return forms;
        String surface = text.surface(m.start(), m.end());
        List<CountryForm> kept = forms.stream().filter(f -> !f.caseSensitive() || sameCase(surface, f.form())).toList();
        String lang = text.lexicon() == null ? null : text.lexicon().lang();
        boolean ownRefused = forms.stream().anyMatch(f -> !kept.contains(f) && f.lang().equals(lang));
        return ownRefused && kept.stream().noneMatch(f -> f.lang().equals(lang)) ? List.of() : kept;
    }

    /** One reading of the form: the only one, or the one the dispatch names unambiguously elsewhere, or the first listed. */
    private static CountryForm pick(List<CountryForm> forms, Set<String> unambiguous, List<AmbiguityRule> rules) {
        if (forms.isEmpty()) return null;
        if (forms.size() == 1) return forms.get(0);
        for (CountryForm f : forms) if (unambiguous.contains(f.code())) return f;
        if (rules != null) {
            for (AmbiguityRule r : rules) {
                if (r.kind() != AmbiguityRule.Kind.PREFER) continue;
                for (CountryForm f : forms) if (r.cue().length > 0 && f.code().equalsIgnoreCase(r.cue()[0])) return f;
            }
        }
        for (CountryForm f : forms) if (!f.ambiguity().contains("rare")) return f;
        return forms.get(0);
    }

    private boolean accepted(AnalyzedText text, TokenTrie.Match<CountryForm> m, CountryForm form, List<AmbiguityRule> rules) {
        Token first = text.tokens().get(m.start());
        if (form.caseSensitive() && !sameCase(text.surface(m.start(), m.end()), form.form())) return false;
        // names of states and cities are proper nouns: "turkey", "china" in lower case are something else; an office
        // written in lower case in the file ("pope") is a common noun and stands in any case
        if (!form.kind().equals("demonym") && !form.kind().equals("institution") && Character.isUpperCase(form.form().charAt(0))
                && !first.capitalized() && Character.isLetter(text.body().charAt(first.start()))) return false;
        if (rules == null) return true;
        Sentence s = text.sentences().get(text.sentenceOfToken()[m.start()]);
        if (opensPersonalName(text, m, s, rules)) return false;
        for (AmbiguityRule r : rules) {
            boolean stop = switch (r.kind()) {
                case CASE -> !first.capitalized();
                case DROP -> true;
                case FIRST_NAME -> nextToCapitalizedName(text, m, s);
                case STOP_BEFORE -> text.phraseEndsBefore(r.phrase(), m.start());
                case STOP_AFTER -> text.phraseStartsAt(r.phrase(), m.end());
                case STOP_SENTENCE -> text.phraseWithin(r.phrase(), s.firstToken(), s.endToken());
                case STOP_DOCUMENT -> text.phraseWithin(r.phrase(), 0, text.tokens().size());
                case PREFER -> false;                      // read when choosing among readings
                case GIVEN_NAME -> false;                  // read together in opensPersonalName
            };
            if (stop) return false;
        }
        return true;
    }

    private static boolean sameCase(String surface, String form) {
        String a = Fold.fold(surface);
        String b = Fold.fold(form);
        if (!a.equals(b)) return true;      // folded spellings differ (punctuation): do not judge case
        for (int i = 0; i < Math.min(surface.length(), form.length()); i++) {
            char x = surface.charAt(i);
            char y = form.charAt(i);
            if (Character.isLetter(x) && Character.isLetter(y) && Character.isUpperCase(x) != Character.isUpperCase(y)) return false;
        }
        return true;
    }

    private static String key(AnalyzedText text, TokenTrie.Match<?> m) {
        if (m.end() - m.start() == 1) return text.tokens().get(m.start()).term();
        StringBuilder b = new StringBuilder();
        for (int t = m.start(); t < m.end(); t++) {
            if (b.length() > 0) b.append(' ');
            b.append(text.tokens().get(t).term());
        }
        return b.toString();
    }

    /**
     * "Pape Diouf", "Pape Thiaw": a title word with given_name lines, right before a capitalised word that is none of
     * their cues (the regnal names of "Pope Francis", "le pape Benoît XVI") nor a title or cue word, opens a person's name.
     */
    private static boolean opensPersonalName(AnalyzedText text, TokenTrie.Match<?> m, Sentence s, List<AmbiguityRule> rules) {
        boolean any = false;
        for (AmbiguityRule r : rules) {
            if (r.kind() != AmbiguityRule.Kind.GIVEN_NAME) continue;
            any = true;
            if (r.cue().length > 0 && text.phraseStartsAt(r.phrase(), m.end())) return false;
        }
        int after = m.end();
        return any && after < s.endToken() && text.adjacent(after - 1) && text.tokens().get(after).capitalized() && !isKnownWord(text, after);
    }

    /** "Jordan Peterson", "Michael Jordan": a capitalised word right next to the form, other than at sentence start. */
    private static boolean nextToCapitalizedName(AnalyzedText text, TokenTrie.Match<?> m, Sentence s) {
        int before = m.start() - 1;
        if (before > s.firstToken() && text.adjacent(before) && text.tokens().get(before).capitalized() && !isKnownWord(text, before)) return true;
        int after = m.end();
        if (after + 1 < s.endToken() && text.adjacent(after - 1) && text.adjacent(after) && text.lexicon() != null
                && text.lexicon().personWords().is(text.tokens(), after, PersonWords.Kind.PARTICLE)) after++;   // "Dominique de Villepin"
        return after < s.endToken() && text.adjacent(after - 1) && text.tokens().get(after).capitalized() && !isKnownWord(text, after);
    }

    private static boolean isKnownWord(AnalyzedText text, int token) {
        Lexicon lex = text.lexicon();
        return lex != null && (lex.titles().longestAt(text.tokens(), token, token + 1) != null || lex.cues().longestAt(text.tokens(), token, token + 1) != null);
    }

    /** A place name right after a locative preposition ("in Warsaw", "à Moscou") names a venue. */
    private static boolean locative(AnalyzedText text, int start) {
        return text.lexicon() != null && text.lexicon().cueEndsAt(text, start, CueKind.LOCATIVE, LOCATIVE_LENGTH);
    }

    /** "l'accord de Minsk", "the Minsk agreement": a capital naming a treaty or a format, not the state. */
    private static boolean namesATreaty(AnalyzedText text, TokenTrie.Match<CountryForm> m) {
        Lexicon lex = text.lexicon();
        if (lex == null) return false;
        return lex.cueEndsAt(text, m.start(), CueKind.TREATY_BEFORE, CUE_BEFORE) || lex.cueStartsAt(text, m.end(), CueKind.TREATY_AFTER, CUE_AFTER);
    }

    /** "la région syrienne d'Idleb", "the Syrian province of Idlib": the demonym places, it does not act. */
    private static boolean placeDemonym(AnalyzedText text, TokenTrie.Match<CountryForm> m, CountryForm form) {
        Lexicon lex = text.lexicon();
        if (!form.kind().equals("demonym") || lex == null) return false;
        return lex.profile().demonymAfterNoun() ? lex.cueEndsAt(text, m.start(), CueKind.PLACE_NOUN, CUE_BEFORE) : lex.cueStartsAt(text, m.end(), CueKind.PLACE_NOUN, CUE_AFTER);
    }

    /** "in Minsk, Belarus": a country named right after a venue is the venue's country. */
    private static boolean afterVenue(AnalyzedText text, TokenTrie.Match<CountryForm> m, List<Ref> before) {
        if (before.isEmpty() || m.start() == 0) return false;
        Ref last = before.get(before.size() - 1);
        if (!last.locative() || last.to() != m.start()) return false;
        String between = text.body().substring(text.tokens().get(m.start() - 1).end(), text.tokens().get(m.start()).start()).trim();
        return between.equals(",");
    }

    /** "la présidence turque", "the Turkish foreign ministry": the demonym stands for the country through an institution. */
    private static List<Ref> markInstitutions(AnalyzedText text, List<Ref> refs) {
        Lexicon lex = text.lexicon();
        if (lex == null) return refs;
        List<Ref> out = new ArrayList<>(refs.size());
        for (Ref r : refs) {
            if (!r.via().equals("demonym")) {
                out.add(r);
                continue;
            }
            Ref marked = r;
            // French: institution word before the demonym ("le ministère russe"); English: after ("Russian ministry")
            for (int from = Math.max(0, r.from() - INSTITUTION_BEFORE); from < r.from(); from++) {
                TokenTrie.Match<String> m = lex.institutions().longestAt(text.tokens(), from, r.from());
                if (m != null && m.end() >= r.from() - 1 && text.sentenceOfToken()[from] == r.sentence()) {
                    marked = r.withVia("institution", m.start(), r.to());
                    break;
                }
            }
            if (marked == r) {
                TokenTrie.Match<String> m = r.to() < text.tokens().size() ? lex.institutions().longestAt(text.tokens(), r.to(), Math.min(text.tokens().size(), r.to() + INSTITUTION_AFTER)) : null;
                if (m != null) marked = r.withVia("institution", r.from(), m.end());
            }
            out.add(marked);
        }
        return out;
    }
}
