package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Token;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a person's name next to a role phrase: capitalised words joined by blanks or hyphens ("Wladyslaw
 * Kosiniak-Kamysz"), with particles inside ("Pierre de Villiers", "Musaed al-Aiban", "Bruno Le Maire") and a regnal
 * number at the end ("Mohammed VI"). No word of the name may be a country, a title, a calendar word, a function word
 * or an acronym: "In Kyiv", "On Monday" and "CHP" are not names.
 */
final class NameScanner {

    /** A name: tokens [start, end). */
    record Span(int start, int end) {
        int length() {
            return end - start;
        }
    }

    private static final int MAX_TOKENS = 6;
    private static final Pattern REGNAL = Pattern.compile("[ivxlc]+");
    private static final Pattern JAPANESE_SYLLABLES = Pattern.compile("((ky|gy|sh|ch|ny|hy|by|py|my|ry|ts|[kgsztdnhbpmyrwfj])?[aeiou]|n|(?=[kstp])[kstp](?=[kstp]))+");
    private static final Set<String> HYPHEN = Set.of("-", "\u2010");
    private static final Pattern COMPOUND_TAIL = Pattern.compile(".*(ed|ing)|era|style|elect|born|run|made|based|owned|free|wide|like|type|year|old");
    private static final Pattern ROMANISED_SYLLABLE = Pattern.compile("(b|ch|d|h|j|l|m|n|p|q|sh|t|x|y|zh)ing");   // "Leung Chun-ying", "Xi Jin-ping": a syllable, not "-ing"
    private static final Set<PersonWords.Kind> HONORIFIC = EnumSet.of(PersonWords.Kind.HONORIFIC, PersonWords.Kind.AFFILIATION);

    private final AnalyzedText text;
    private final KnowledgeBase kb;
    private final Lexicon lex;
    private final RefIndex refs;

    NameScanner(AnalyzedText text, KnowledgeBase kb, RefIndex refs) {
        this.text = text;
        this.kb = kb;
        this.lex = text.lexicon();
        this.refs = refs;
    }

    /** Token {@code at} with the honorifics, ranks and affiliations standing there skipped ("Mr.", "Lieutenant General", "le général", "Republican"). */
    int skipHonorifics(int at, int limit) {
        int t = at;
        for (int i = 0; i < 3 && t < limit; i++) {
            int end = lex.personWords().endOf(text.tokens(), t, limit, HONORIFIC);
            if (end > 0 && (end >= limit || Gaps.joined(text, end - 1) || Gaps.inName(text, end - 1))) {
                t = end;
            } else if (lex.personWords().is(text.tokens(), t, PersonWords.Kind.DETERMINER) && t + 1 < limit
                    && lex.personWords().endOf(text.tokens(), t + 1, limit, HONORIFIC) > 0) {
                t++;                                                    // "le général"
            } else {
                break;
            }
        }
        return t;
    }

    /** The name starting at token {@code from}, before {@code limit}, or null. */
    Span forward(int from, int limit) {
        if (from >= limit || !(word(from, true) || functionWordSurname(from, limit))) return null;
        int end = from + 1;
        while (end < limit && end - from < MAX_TOKENS && Gaps.inName(text, end - 1)) {
            if (word(end, false) || hyphenTail(end)) {
                end++;
            } else if (particle(end) && end + 1 < limit && Gaps.inName(text, end) && word(end + 1, false)) {
                end += 2;
            } else {
                break;
            }
        }
        return new Span(from, end);
    }

    /** The name ending right before token {@code end} (exclusive), not before {@code floor}, or null. */
    Span backward(int end, int floor) {
        int last = end - 1;
        if (last < floor || !(word(last, false) || (last > floor && hyphenTail(last)))) return null;
        int start = last;
        while (start > floor && end - start < MAX_TOKENS && Gaps.inName(text, start - 1)) {
            if (word(start - 1, false) || (start - 1 > floor && hyphenTail(start - 1))) {
                start--;
            } else if (particle(start - 1) && start - 2 >= floor && Gaps.inName(text, start - 2) && word(start - 2, false) && !hasParticle(start, end)) {
                start -= 2;                                             // one particle at most: "la maison de campagne de Jean de La Fontaine"
            } else {
                break;
            }
        }
        while (start < end && (particle(start) || !word(start, true))) start++;      // "Ambassador John Smith": the title is no part of the name
        return start < end ? new Span(start, end) : null;
    }

    private boolean hasParticle(int from, int to) {
        for (int t = from; t < to; t++) if (particle(t)) return true;
        return false;
    }

    /** Whether the span holds two name words at least, and does not end on a regnal number alone. */
    boolean full(Span s) {
        int words = 0;
        for (int t = s.start(); t < s.end(); t++) if (!particle(t)) words++;
        return words >= 2;
    }

    /** A capitalised word that can stand in a name; a title's word ("Maire", "King") only inside it, never first. */
    boolean word(int t, boolean first) {
        Token token = text.tokens().get(t);
        if (!token.capitalized() || !Character.isLetter(text.body().charAt(token.start()))) return false;
        if (token.upper() && token.term().length() > 1 && !REGNAL.matcher(token.term()).matches() && !capitalsFamilyName(t)) return false;   // CHP, NATO
        if (refs.countryAt(t) != null) return false;
        if (kb.functionWords().containsKey(token.term()) && !particle(t)) return false;
        if (lex.calendarWord(text.termId(t)) != null) return false;
        PersonWords words = lex.personWords();
        if (words.is(text.tokens(), t, PersonWords.Kind.HONORIFIC) || words.is(text.tokens(), t, PersonWords.Kind.AFFILIATION) || words.is(text.tokens(), t, PersonWords.Kind.FORMER)
                || words.is(text.tokens(), t, PersonWords.Kind.DETERMINER) || words.is(text.tokens(), t, PersonWords.Kind.MODIFIER)) return false;
        var title = lex.titles().longestAt(text.tokens(), t, Math.min(text.tokens().size(), t + 4));
        return title == null || (!first && title.end() == t + 1);
    }

    /**
     * "Vice Premier He Lifeng", "spokesman He Yadong": a capitalised function word inside a sentence, right after a title,
     * that opens a name of two words at least (the Chinese surname "He" is also a pronoun).
     */
    private boolean functionWordSurname(int t, int limit) {
        Token token = text.tokens().get(t);
        if (!token.capitalized() || token.upper() || !kb.functionWords().containsKey(token.term()) || particle(t)) return false;
        if (text.sentences().get(text.sentenceOfToken()[t]).firstToken() == t) return false;   // "He said": a pronoun opens the sentence
        return t + 1 < limit && Gaps.inName(text, t) && word(t + 1, false);
    }

    /**
     * The lower-case syllable of a hyphenated given name ("Park Jie-won", "Kim Yeon-chul", "Lee In-young"): a word joined by a
     * hyphen to the name word before it; not a participle or a suffix of a compound ("Kremlin-backed", "Saudi-led", "Trump-era").
     */
    boolean hyphenTail(int t) {
        if (t == 0) return false;
        Token token = text.tokens().get(t);
        if (token.capitalized() || !Character.isLetter(text.body().charAt(token.start())) || !HYPHEN.contains(Gaps.after(text, t - 1))) return false;
        String term = token.term();
        if (term.length() > 6 || (COMPOUND_TAIL.matcher(term).matches() && !ROMANISED_SYLLABLE.matcher(term).matches()) || kb.functionWords().containsKey(term)) return false;
        if (lex.calendarWord(text.termId(t)) != null || lex.titles().longestAt(text.tokens(), t, t + 1) != null) return false;
        Token before = text.tokens().get(t - 1);
        return before.capitalized() && !before.upper() && refs.countryAt(t - 1) == null && word(t - 1, false);
    }

    /**
     * A family name written in capitals, the official style of Japan and of French protocol ("NISHIMURA Yasutoshi",
     * "M. Jean-Yves LE DRIAN"): three letters at least, beside a name word in lower case with a capital, inside the name.
     */
    private boolean capitalsFamilyName(int t) {
        if (text.tokens().get(t).term().length() < 3 || refs.countryAt(t) != null || kb.functionWords().containsKey(text.tokens().get(t).term())) return false;
        return (t + 1 < text.tokens().size() && Gaps.inName(text, t) && mixedCaseNameWord(t + 1))
                || (t > 0 && Gaps.inName(text, t - 1) && mixedCaseNameWord(t - 1));
    }

    /**
     * "Minister SAITO Ken": a word in capitals of four letters at least, written in Japanese syllables, before a name word in
     * lower case with a capital: a family name in the official Japanese order, not a party's acronym ("le maire LR Nom", "EELV").
     */
    static boolean romanisedFamilyName(AnalyzedText text, int t) {
        Token token = text.tokens().get(t);
        if (!token.upper() || token.term().length() < 4 || !JAPANESE_SYLLABLES.matcher(token.term()).matches() || t + 1 >= text.tokens().size()) return false;
        Token next = text.tokens().get(t + 1);
        return Gaps.inName(text, t) && next.capitalized() && !next.upper();
    }

    private boolean mixedCaseNameWord(int t) {
        Token token = text.tokens().get(t);
        return token.capitalized() && !token.upper() && !particle(t) && word(t, false);
    }

    /** A particle of a name ("de", "al", "bin", "Le"). */
    boolean particle(int t) {
        return lex.personWords().is(text.tokens(), t, PersonWords.Kind.PARTICLE);
    }
}
