package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Fold;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A shallow clause analysis of one sentence with a trigger: which stretch of words each word belongs to, read from
 * the language's clause, relative and speaker cues and from punctuation. A relative clause ("A and B, who said...")
 * or a subordinate one ("while...", "after...") closes at the next comma and gives the words after it back to the
 * clause it interrupted; what a speaker reports ("X said he hoped...") runs to the end; the source of a report
 * (", the Kremlin said.", "selon l'Elysée,") is a clause of its own, whose people take part in nothing.
 */
final class Clauses {

    /** What a clause is to the sentence. */
    enum Kind {
        /** The sentence's own clause, or one after a semicolon. */
        MAIN,
        /** Opened by a relative word: its subject is what stands before the word. */
        RELATIVE,
        /** Opened by a clause word ("while", "after", "mais"): its subject is its own, else its parent's. */
        SUBORDINATE,
        /** What a speaker reports ("said he hoped to meet..."): a pronoun subject stands for the speaker. */
        REPORTED,
        /** Who reports, not what happens (", the Kremlin said", "selon l'Elysée"). */
        SOURCE,
        /** Between parentheses. */
        ASIDE
    }

    /**
     * One clause.
     *
     * @param parent the clause it stands in (-1 for a main clause)
     * @param opener the token of the cue that opened it (-1 when punctuation did)
     * @param phrase whether it is a phrase of time or place ("during his visit", "lors de"): its meeting takes its parent's tense
     */
    record Clause(int index, Kind kind, int parent, int opener, boolean phrase) {
    }

    private static final Clause OUTSIDE = new Clause(-1, Kind.MAIN, -1, -1, false);

    // a speaker cue with at most this many words around it, up to a comma or the end, is the source of the report;
    // before it, a title and a name ("South Korea's national security adviser Chung Eui-yong told reporters")
    private static final int SOURCE_WORDS = 6;
    private static final int SOURCE_WORDS_BEFORE = 10;

    private final Sentence sentence;
    private final int[] clauseOf;
    private final Punctuation[] gaps;
    private final boolean[] listComma;      // a comma between two names of a list ("Russia, Turkey, France and Germany")
    private final List<Clause> clauses = new ArrayList<>();

    Clauses(AnalyzedText text, Sentence s, CueIndex cues, List<Ref> refs) {
        this.sentence = s;
        this.clauseOf = new int[s.endToken() - s.firstToken()];
        gaps = new Punctuation[s.endToken() - s.firstToken()];
        for (int t = s.firstToken(); t < s.endToken(); t++) gaps[t - s.firstToken()] = Punctuation.before(text, t, s);
        boolean[] named = new boolean[gaps.length];
        for (Ref r : refs) for (int t = Math.max(r.from(), s.firstToken()); t < Math.min(r.to(), s.endToken()); t++) named[t - s.firstToken()] = true;
        listComma = new boolean[gaps.length];
        for (int t = s.firstToken() + 1; t < s.endToken(); t++) listComma[t - s.firstToken()] = gaps[t - s.firstToken()] == Punctuation.COMMA && inAList(text, named, t);
        boolean[] source = sources(cues, gaps);

        Deque<Integer> open = new ArrayDeque<>();      // the clauses a comma closes, innermost first
        int current = add(Kind.MAIN, -1, -1);
        int reportedFrom = -1;                          // where the words a head speaker cue reports begin
        int sourceClause = -1;
        int insideCue = -1;                             // "alors que": the "que" inside a clause's opening words opens no clause of its own
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            Punctuation gap = gaps[t - s.firstToken()];
            if (t > s.firstToken()) {
                if (gap == Punctuation.HARD) {
                    open.clear();
                    current = add(Kind.MAIN, -1, -1);
                } else if (gap == Punctuation.CLOSE) {
                    while (!open.isEmpty() && clauses.get(current).kind() != Kind.ASIDE) current = open.pop();
                    if (!open.isEmpty()) current = open.pop();
                } else if (gap == Punctuation.COMMA && listComma[t - s.firstToken()] && !closesAFrontedPhrase(text, named, t, current)) {
                    // a comma between names closes nothing
                } else if (gap == Punctuation.COMMA) {
                    // a clause closes at a comma once it holds more than its opening word ("who, he said, had agreed")
                    while (!open.isEmpty() && closable(clauses.get(current), t)) current = open.pop();
                } else if (gap == Punctuation.OPEN) {
                    open.push(current);
                    current = add(Kind.ASIDE, current, -1);
                }
            }
            if (source[t - s.firstToken()]) {
                if (sourceClause < 0 || clauseOf[t - 1 - s.firstToken()] != sourceClause) {
                    open.push(current);
                    sourceClause = add(Kind.SOURCE, current, t);
                    current = sourceClause;
                }
                clauseOf[t - s.firstToken()] = current;
                continue;
            }
            if (t == reportedFrom) {
                current = add(Kind.REPORTED, current, t - 1);
            }
            if (t >= insideCue) {
                CueIndex.At relative = t > s.firstToken() ? cues.startingAt(t, CueKind.RELATIVE) : null;
                CueIndex.At clause = longestClauseAt(cues, t);
                CueIndex.At speaker = cues.startingAt(t, CueKind.SPEAKER);
                // ", que" after a name: an object relative ("Albanese, que Xi a reçu"); after other words, what is reported
                boolean afterAName = relative != null && (!relative.cue().afterComma() || named[t - 1 - s.firstToken()]);
                if (relative != null && placed(relative, gap) && afterAName) {
                    open.push(current);
                    current = add(Kind.RELATIVE, current, t);
                } else if (clause != null && (placed(clause, gap) || t == s.firstToken()) && !(cues.startingAt(t, CueKind.EARLIER) != null && durationAfter(text, clause.end()))
                        && !(clause.cue().report() && compares(text, s, t))) {
                    open.push(current);
                    // "that"/"que" runs to the end like what a speaker reports: its commas close nothing
                    current = add(clause.cue().report() ? Kind.REPORTED : Kind.SUBORDINATE, current, t, clause.cue().phrase());
                    insideCue = clause.end();
                } else if (speaker != null && reportedFrom < t && speaker.end() < s.endToken()) {
                    reportedFrom = speaker.end();
                }
            }
            clauseOf[t - s.firstToken()] = current;
        }
    }

    /** The longest clause cue that starts at token t ("alors que" rather than "alors"), or null. */
    private static CueIndex.At longestClauseAt(CueIndex cues, int t) {
        CueIndex.At best = null;
        for (CueIndex.At a : cues.all(CueKind.CLAUSE)) {
            if (a.start() == t && (best == null || a.end() > best.end())) best = a;
        }
        return best;
    }

    /** Words between a word of comparison and the "que" that compares ("aussi rapide que", "plus tôt que"). */
    private static final int COMPARED = 2;

    /** "une rencontre aussi rapide que possible avec Trump": a "que" right after a word of comparison compares, opens no clause. */
    private static boolean compares(AnalyzedText text, Sentence s, int t) {
        for (int back = 1; back <= COMPARED && t - back >= s.firstToken(); back++) {
            if (text.lexicon().profile().comparative(Fold.fold(text.surface(t - back, t - back + 1)))) return true;
        }
        return false;
    }

    /**
     * "les premiers pourparlers directs depuis trois ans entre délégations russe et ukrainienne": a number and a unit of time
     * right after a clause word of an earlier time ("depuis") tell how long, and open no clause of their own ("au terme de deux
     * jours de visite" stays a phrase).
     */
    private static boolean durationAfter(AnalyzedText text, int t) {
        if (t + 1 >= text.tokens().size()) return false;
        var number = text.lexicon().calendarWord(text.termId(t));
        boolean counted = (number != null && number.number() != null) || text.tokens().get(t).term().chars().allMatch(Character::isDigit);
        var unit = text.lexicon().calendarWord(text.termId(t + 1));
        return counted && unit != null && unit.unitHours() != null;
    }

    /**
     * "A day after his call with Vladimir Putin, Donald Trump received...", "Au lendemain de son entretien avec Vladimir
     * Poutine, Donald Trump a accueilli...", "Alors que Xi Jinping était à Moscou, Fumio Kishida est arrivé...": a phrase or
     * a clause set before its clause's subject ends at its comma even between two names, unless the names run on to a
     * conjunction ("After talks with Putin, Xi and Modi, ...": a list).
     */
    private boolean closesAFrontedPhrase(AnalyzedText text, boolean[] named, int t, int current) {
        Clause c = clauses.get(current);
        if (c.kind() != Kind.SUBORDINATE || c.opener() < 0 || c.parent() < 0) return false;
        int first = sentence.firstToken();
        for (int k = first; k < c.opener(); k++) if (named[k - first] && clauseOf[k - first] == c.parent()) return false;
        int j = t;
        while (j < sentence.endToken() && named[j - first]) j++;
        if (j >= sentence.endToken()) return false;
        if (text.lexicon().profile().conjunctions().contains(text.tokens().get(j).term())) return false;
        return !(j > t && gaps[j - first] == Punctuation.COMMA && listComma[j - first]);
    }

    /** "joined by British Prime Minister Keir Starmer, French President Emmanuel Macron and...": a comma between names. */
    private boolean inAList(AnalyzedText text, boolean[] named, int t) {
        int i = t - sentence.firstToken();
        if (i == 0) return false;
        if (!named[i - 1]) {
            // "signed by Iran's top security official, Ali Shamkhani, and Saudi adviser Musaed al-Aiban": a name the knowledge base does not know
            return i + 1 < named.length && named[i + 1] && text.tokens().get(t - 1).capitalized() && text.lexicon().profile().conjunctions().contains(text.tokens().get(t).term());
        }
        if (named[i]) return true;
        // ", and Finnish President Alexander Stubb", "à Djeddah, en Arabie saoudite", "Russia, the United States"
        String term = text.tokens().get(t).term();
        var profile = text.lexicon().profile();
        boolean joins = profile.conjunctions().contains(term) || profile.linksBeforeTitle().contains(term) || text.lexicon().cueStartsAt(text, t, CueKind.LOCATIVE, 1)
                || repeatedLink(text, named, t);
        return i + 1 < named.length && named[i + 1] && joins;
    }

    /**
     * "les dirigeants de l'Australie, de l'Inde, du Japon et des Etats-Unis": a list link ("de", "du", "of") after the
     * comma, one also before the name that ends at the comma: the names of one list.
     */
    private boolean repeatedLink(AnalyzedText text, boolean[] named, int t) {
        if (!text.lexicon().cueStartsAt(text, t, CueKind.LIST_LINK, 1)) return false;
        int j = t - sentence.firstToken() - 1;
        while (j > 0 && named[j - 1]) j--;
        int before = sentence.firstToken() + j - 1;
        // "de la France, de l'Allemagne": an article between the link and the name
        if (before > sentence.firstToken() && text.lexicon().profile().titleLinks().contains(text.tokens().get(before).term())
                && !text.lexicon().cueStartsAt(text, before, CueKind.LIST_LINK, 1)) before--;
        return before >= sentence.firstToken() && text.lexicon().cueStartsAt(text, before, CueKind.LIST_LINK, 1);
    }

    private boolean closable(Clause c, int at) {
        if (c.kind() == Kind.ASIDE || c.kind() == Kind.REPORTED || c.kind() == Kind.MAIN) return false;
        int words = 0;
        for (int t = sentence.firstToken(); t < at; t++) if (clauseOf[t - sentence.firstToken()] == c.index()) words++;
        return words > 1 || c.opener() < 0;
    }

    private static boolean placed(CueIndex.At cue, Punctuation gap) {
        return !cue.cue().afterComma() || gap == Punctuation.COMMA;
    }

    private int add(Kind kind, int parent, int opener) {
        return add(kind, parent, opener, false);
    }

    private int add(Kind kind, int parent, int opener, boolean phrase) {
        clauses.add(new Clause(clauses.size(), kind, parent, opener, phrase));
        return clauses.size() - 1;
    }

    /**
     * The words that name a report's source: a speaker cue with a few words around it between commas (", the Kremlin
     * said on Friday.", ", a annoncé l'Elysée."), or a source cue opening a clause up to its comma ("selon X,").
     */
    private boolean[] sources(CueIndex cues, Punctuation[] gaps) {
        int first = sentence.firstToken();
        int end = sentence.endToken();
        boolean[] out = new boolean[end - first];
        for (CueIndex.At cue : cues.all(CueKind.SPEAKER)) {
            int from = cue.start();
            while (from > first && gaps[from - first] != Punctuation.COMMA && gaps[from - first] != Punctuation.HARD && cue.start() - from < SOURCE_WORDS_BEFORE) from--;
            boolean openedHere = from == first || gaps[from - first] == Punctuation.COMMA || gaps[from - first] == Punctuation.HARD;
            int to = cue.end();
            while (to < end && gaps[to - first] != Punctuation.COMMA && gaps[to - first] != Punctuation.HARD && to - cue.end() < SOURCE_WORDS) to++;
            // "Putin said the leaders of Russia, the United States and China could meet": a comma inside a list ends no source
            boolean closedHere = to == end || (gaps[to - first] == Punctuation.COMMA && !listComma[to - first]) || gaps[to - first] == Punctuation.HARD;
            if (!openedHere || !closedHere || cues.triggerWithin(from, to)) continue;
            if (!cues.within(CueKind.CLAUSE, cue.end(), to).isEmpty()) continue;       // "il a assuré que...": a head, the report follows
            Arrays.fill(out, from - first, to - first, true);
        }
        return out;
    }

    /** The first token of the stretch between commas that holds token {@code t}, within its clause. */
    int segmentStart(int t) {
        int from = t;
        while (from > sentence.firstToken() && open(from) && together(from - 1, t)) from--;
        return from;
    }

    /** One past the last token of the stretch between commas that holds token {@code t - 1}, within its clause. */
    int segmentEnd(int t) {
        int to = t;
        while (to < sentence.endToken() && open(to) && together(to, t - 1)) to++;
        return to;
    }

    /**
     * Whether the clause of token {@code from} runs to {@code to} with no comma of its own: the commas around a clause
     * it holds do not count ("a new summit in the Normandy format, which would also bring in..., could be held").
     */
    boolean noCommaOfItsOwn(int from, int to) {
        int own = clauseOf[from - 1 - sentence.firstToken()];
        for (int t = from; t < to && t < sentence.endToken(); t++) {
            int i = t - sentence.firstToken();
            if (clauseOf[i] == own && clauseOf[i - 1] == own && !open(t)) return false;
            if (gaps[i] == Punctuation.HARD) return false;
        }
        return true;
    }

    /** Whether no comma or stronger mark stands before token t, a comma between names aside. */
    private boolean open(int t) {
        int i = t - sentence.firstToken();
        return gaps[i] == Punctuation.NONE || listComma[i];
    }

    /** The clause of token {@code t}; a token of another sentence (what a pronoun stands for) is outside every clause. */
    Clause of(int t) {
        return sentence.contains(t) ? clauses.get(clauseOf[t - sentence.firstToken()]) : OUTSIDE;
    }

    /** Whether tokens a and b stand in the same clause of the sentence. */
    boolean together(int a, int b) {
        return sentence.contains(a) && sentence.contains(b) && clauseOf[a - sentence.firstToken()] == clauseOf[b - sentence.firstToken()];
    }

    Clause parent(Clause c) {
        return c.parent() < 0 ? null : clauses.get(c.parent());
    }

    /** Whether token {@code t} stands in the clause or in a clause it holds (a relative clause inside it...). */
    boolean within(int t, Clause c) {
        for (Clause k = of(t); k != null; k = parent(k)) if (k.index() == c.index()) return true;
        return false;
    }

    boolean inSource(int t) {
        return of(t).kind() == Kind.SOURCE;
    }

    /** The first token of the clause's words (its first stretch when a clause it holds interrupts it). */
    int start(Clause c) {
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) if (clauseOf[t - sentence.firstToken()] == c.index()) return t;
        return sentence.endToken();
    }

    /** One past the clause's last token. */
    int end(Clause c) {
        for (int t = sentence.endToken() - 1; t >= sentence.firstToken(); t--) if (clauseOf[t - sentence.firstToken()] == c.index()) return t + 1;
        return sentence.firstToken();
    }

    /** The punctuation between two tokens, as far as clauses care. */
    enum Punctuation {
        NONE, COMMA, HARD, OPEN, CLOSE;

        static Punctuation before(AnalyzedText text, int t, Sentence s) {
            if (t <= s.firstToken()) return NONE;
            List<Token> tokens = text.tokens();
            String body = text.body();
            int from = tokens.get(t - 1).end();
            int to = tokens.get(t).start();
            Punctuation found = NONE;
            for (int c = from; c < to; c++) {
                char ch = body.charAt(c);
                switch (ch) {
                    case ';' -> found = HARD;
                    case ':' -> {
                        if (!(to - from == 1 && Character.isDigit(body.charAt(from - 1)) && Character.isDigit(body.charAt(to)))) found = HARD;   // not 9:45
                    }
                    case '(' -> found = found == HARD ? HARD : OPEN;
                    case ')' -> found = found == HARD ? HARD : CLOSE;
                    case ',' -> {
                        if (found == NONE) found = COMMA;
                    }
                    case '-', '\u2013', '\u2014' -> {
                        // a dash between blanks sets a stretch apart (the dateline, an aside); a hyphen does not
                        if (c > from && c + 1 < to && Character.isWhitespace(body.charAt(c - 1)) && Character.isWhitespace(body.charAt(c + 1))) found = HARD;
                    }
                    default -> {
                    }
                }
            }
            return found;
        }
    }
}
