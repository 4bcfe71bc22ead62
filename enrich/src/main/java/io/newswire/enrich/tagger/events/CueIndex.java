package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.Cue;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.LanguageProfile;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.kb.Trigger;
import io.newswire.enrich.tagger.kb.WordClass;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The triggers and cues of one sentence, with their token positions: what the rules ask about the words around a trigger. */
final class CueIndex {

    /** A cue found at tokens [start, end). */
    record At(Cue cue, int start, int end) {
    }

    /** A trigger found at tokens [start, end). */
    record TriggerAt(Trigger trigger, int start, int end, String surface) {
        EventType type() {
            return trigger.type();
        }
    }

    // a match score such as "2-1" or "3–0": sport, not diplomacy
    private static final Pattern SCORE = Pattern.compile("(?<![\\d.,/-])\\d{1,2}\\s?[-\u2013]\\s?\\d{1,2}(?![\\d.,/-])");

    // at most this many words between a meeting word and a call trigger that makes it the call's ("s'est entretenu jeudi au téléphone")
    private static final int CALL_WORD_GAP = 2;
    /** A verb in the conditional mood that no cue names ("signeraient", "se rendrait"): a plan told by others. */
    /** The clause an elided "qu'" opens, as the lexicon's "que" (cues-fr.tsv: clause report). */
    private static final Cue REPORTED_PLAN = new Cue(CueKind.MODALITY, EventStatus.PLANNED.wireName(), "(conditional mood)");

    private final List<At> cues = new ArrayList<>();
    private final List<TriggerAt> triggers = new ArrayList<>();
    private final String body;
    private final Sentence sentence;
    private final List<io.newswire.enrich.tagger.text.Token> tokens;

    // by token of the sentence (from its first), the first token at or after it that tells a day, or the sentence's end:
    // read once per sentence, for the triggers and cues that span a day, where each token's look-ahead read the next
    // words' calendar terms (a fifth of reading the cues); a sentence that tells no day skips the triggers' look-ahead
    private int[] nextDay;

    CueIndex(AnalyzedText text, Sentence s) {
        body = text.body();
        tokens = text.tokens();
        sentence = s;
        Lexicon lex = text.lexicon();
        for (TokenTrie.Match<Trigger> m : lex.triggers().findAll(text.tokens(), s.firstToken(), s.endToken())) {
            m = objectlessNoEvent(text, lex, m);
            if (m == null) continue;
            for (Trigger tr : m.values()) triggers.add(new TriggerAt(tr, m.start(), m.end(), text.surface(m.start(), m.end())));
        }
        nextDay = new int[s.endToken() - s.firstToken() + 1];
        nextDay[nextDay.length - 1] = s.endToken();
        for (int t = s.endToken() - 1; t >= s.firstToken(); t--) nextDay[t - s.firstToken()] = day(text, lex, t) ? t : nextDay[t + 1 - s.firstToken()];
        if (nextDay(s.firstToken()) < s.endToken()) triggersAcrossDay(text, lex, s);     // without a day, no trigger across one (findAll's are in order)
        triggersAcrossLength(text, lex, s);
        triggersAroundObject(text, lex, s);
        dropCallWords(text);
        if (triggers.isEmpty()) return;                 // no event here: the cues would change nothing
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            TokenTrie.Match<Cue> m = lex.cues().longestAt(text.tokens(), t, s.endToken());
            TokenTrie.Match<Cue> across = acrossDay(text, lex, t, s.endToken());
            if (across != null && (m == null || across.end() > m.end())) m = across;
            if (m != null && endsBeforeADay(text, lex, m)) m = null;          // "talks on Monday": no "talks on" a truce
            if (m != null && hyphenatedOn(text, m.end())) m = null;            // "après-midi", "contre-offensive": no "après", no "contre"
            if (m != null) {
                boolean compound = secondPartOfACompound(text, m.start());
                for (Cue c : m.values()) if (asWritten(text, lex, c, m) && !(compound && c.kind() == CueKind.MODALITY)) cues.add(new At(c, m.start(), m.end()));
            } else if (lex.profile().hasConditionalEnding(text.tokens().get(t).term()) && !triggerAt(t) && lex.profile().conditional(text.tokens().get(t).term(), text.surface(t, t + 1).toLowerCase(java.util.Locale.ROOT))) {
                cues.add(new At(REPORTED_PLAN, t, t + 1));      // "signeraient"
            } else if (lex.profile().hasFutureEnding(text.tokens().get(t).term()) && !triggerAt(t) && Character.isLowerCase(body.charAt(text.tokens().get(t).start()))
                    && lex.profile().future(text.tokens().get(t).term(), text.surface(t, t + 1).toLowerCase(java.util.Locale.ROOT))) {    // not "Narendra"
                cues.add(new At(REPORTED_PLAN, t, t + 1));      // "conduira lundi la délégation aux pourparlers": talks to come
            }
        }
        elidedClauseWords(text, lex, s);
        thatOnALeadingMeetingNoun(text, s);
        dropCovered(CueKind.FIGURE, CueKind.SPORT);
        dropCovered(CueKind.FIGURE, CueKind.MODALITY);     // "at the earliest possible date": no "possible" summit
        dropCovered(CueKind.BEFORE_PRESS, CueKind.MEDIA);
        dropInsideALongerModality();
    }

    /**
     * "Une rencontre ... n'est pas exclue", "un sommet n'est pas exclu": a modality phrase that holds a shorter modality
     * word or a negation further on in it is read whole; its last word ("exclu": rejected) and its negation are no cues of
     * their own, as the longest cue starting at one word wins over the shorter ones there.
     */
    private void dropInsideALongerModality() {
        for (At f : all(CueKind.MODALITY)) {
            if (f.end() - f.start() < 2) continue;
            cues.removeIf(a -> a != f && (a.cue().kind() == CueKind.MODALITY || a.cue().kind() == CueKind.NEGATION)
                    && a.start() > f.start() && a.end() <= f.end());
        }
    }

    /** Words that may stand between the start of the lead (after the dateline) and a meeting noun in subject position ("The first summit"). */
    private static final int BEFORE_SUBJECT_NOUN = 3;

    /**
     * "The summit that Trump and Kim held in Hanoi would end early", "The talks that Modi and Abe held in Tokyo would pave
     * the way": a report's "that" right after a meeting noun that opens its sentence (its subject, no trigger before it)
     * opens the noun's relative clause, as "which" does; a "that" after a noun further on ("told reporters after the talks
     * that") stays a report (session s29, meet-after).
     */
    private void thatOnALeadingMeetingNoun(AnalyzedText text, Sentence s) {
        int lead = Dateline.openingToken(text, s);
        if (lead < 0) return;                                                  // the sentence is all dateline
        for (TriggerAt k : triggers) {
            if (k.start() - lead > BEFORE_SUBJECT_NOUN) break;                 // in text order: the rest stand further on
            if (k.start() < lead || k.type() != io.newswire.schemas.EventType.MEETING || !k.trigger().noun() || triggerWithin(lead, k.start())) continue;
            At report = startingAt(k.end(), CueKind.CLAUSE);
            if (report == null || !report.cue().report() || startingAt(k.end(), CueKind.RELATIVE) != null) continue;
            if (Clauses.Punctuation.before(text, k.end(), s) != Clauses.Punctuation.NONE) continue;
            cues.add(new At(new Cue(CueKind.RELATIVE, "-", report.cue().form(), true), k.end(), report.end()));
            cues.sort(java.util.Comparator.comparingInt(At::start));
            return;
        }
    }

    /**
     * "conferred on the sidelines of the Munich conference", "conferred on Saturday": a phrase that is no event because of
     * the object its last word opens ("conferred on him the Bharat Ratna") opens none when a day or an occasion ("on the
     * sidelines of") starts at that word; the shorter trigger inside it is read instead (null: none).
     */
    private static TokenTrie.Match<Trigger> objectlessNoEvent(AnalyzedText text, Lexicon lex, TokenTrie.Match<Trigger> m) {
        if (m.end() - m.start() < 2) return m;
        int last = m.end() - 1;
        if (!lex.profile().dayPrepositions().contains(text.tokens().get(last).term())) return m;
        for (Trigger tr : m.values()) if (tr.type() != null) return m;
        boolean day = m.end() < text.tokens().size() && day(text, lex, m.end());
        TokenTrie.Match<Cue> cue = lex.cues().longestAt(text.tokens(), last, text.tokens().size());
        boolean occasion = cue != null && hasKind(cue.values(), CueKind.OCCASION);
        if (!day && !occasion) return m;
        return lex.triggers().longestAt(text.tokens(), m.start(), last);
    }

    /**
     * "the talks turned into a shouting match", "turned tense in front of reporters": a word of the covered kind inside a
     * phrase of the covering kind is no cue of its own (a sport word or a modality word in a figure of speech names no
     * sport and tells no status, "as soon as possible"; reporters who
     * watched a meeting tell no interview).
     */
    private void dropCovered(CueKind covering, CueKind covered) {
        for (At f : all(covering)) cues.removeIf(a -> a.cue().kind() == covered && a.start() >= f.start() && a.end() <= f.end());
    }

    /**
     * Whether the word at {@code start} is glued by a hyphen to a lower-case word before it: "an open-ended ceasefire", "the
     * so-called truce" name no end and no call; after a name it tells who did it ("a U.S.-proposed truce").
     */
    private static boolean secondPartOfACompound(AnalyzedText text, int start) {
        if (start <= 0 || start >= text.tokens().size()) return false;
        io.newswire.enrich.tagger.text.Token before = text.tokens().get(start - 1);
        if (!"-".equals(text.body().substring(before.end(), text.tokens().get(start).start()))) return false;
        String word = text.body().substring(before.start(), before.end());
        return !word.isEmpty() && word.chars().allMatch(Character::isLowerCase);
    }

    /** Whether the word before token {@code end} goes on past a hyphen: a cue is a whole word, not the first part of a compound. */
    private static boolean hyphenatedOn(AnalyzedText text, int end) {
        if (end <= 0 || end >= text.tokens().size()) return false;
        return "-".equals(text.body().substring(text.tokens().get(end - 1).end(), text.tokens().get(end).start()));
    }

    /**
     * "L'Azerbaïdjan a accusé l'Arménie": the verb "a" is no "à" of a place, though both fold to "a"; "ont négocié seize
     * heures" (talks held) is no "négocie", the present a cue's other form gives, though both fold to "negocie" (a form
     * the lexicon writes is read folded: its line may mean the participle too, "propose" for "a proposé").
     */
    private static boolean asWritten(AnalyzedText text, Lexicon lex, Cue c, TokenTrie.Match<Cue> m) {
        for (int t = m.start(); t < m.end(); t++) {
            io.newswire.enrich.tagger.text.Token token = text.tokens().get(t);
            String term = token.term();
            if (lex.profile().hasAccentedTwin(term) && !lex.profile().agreesOnAccent(c.form(), term, text.surface(t, t + 1))) return false;
            if (!c.generated()) continue;                // a written form is read folded: "propose" is "a proposé" too
            String ending = lex.profile().accentedPastEnding(text.body(), token.start(), token.end());
            if (ending != null && !lex.profile().agreesOnEnding(c.form(), term, ending)) return false;
        }
        return true;
    }

    /**
     * A cue of several words with a day told inside it ("s'est dite prête mardi à", "ready on Tuesday to"): the day's
     * words are skipped, the match spans them. Null when none starts at t or none crosses a day.
     */
    private TokenTrie.Match<Cue> acrossDay(AnalyzedText text, Lexicon lex, int t, int end) {
        if (nextDay(t) == t || nextDay(t + 1) >= Math.min(end, t + ACROSS_DAY_WORDS + 1)) return null;  // the words read hold no day to skip
        if (!lex.cues().mayStartLongerAt(text.tokens(), t)) return null;     // a cue of one word spans no day (t is the first word read)
        return spanningDay(lex.cues(), text, lex, t, end);
    }

    /**
     * "s'envole samedi pour la Chine": a verb trigger of several words with a day told inside it, where no trigger of the
     * sentence starts already, spans the day as a cue does ({@link #acrossDay}).
     */
    private void triggersAcrossDay(AnalyzedText text, Lexicon lex, Sentence s) {
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (!lex.triggers().mayStartLongerAt(text.tokens(), t)) continue;     // a trigger of one word spans no day (t is the first word read)
            if (nextDay(t) == t || nextDay(t + 1) >= Math.min(s.endToken(), t + ACROSS_DAY_WORDS + 1)) continue;    // t is a day, or no day follows near
            TokenTrie.Match<Trigger> m = spanningDay(lex.triggers(), text, lex, t, s.endToken());
            if (m == null) continue;
            int from = m.start();
            int to = m.end();
            if (triggers.stream().anyMatch(k -> k.start() == from && k.end() >= to)) continue;         // "a échangé mercredi avec": the verb is read already
            // "received a call on Monday from": the longer phrase wins over the verb alone read at its start ("received")
            triggers.removeIf(k -> k.start() == from && k.end() < to && m.values().stream().anyMatch(tr -> tr.word() == WordClass.VERB));
            for (Trigger tr : m.values()) if (tr.word() == WordClass.VERB) triggers.add(new TriggerAt(tr, from, to, text.surface(from, to)));
        }
        triggers.sort(java.util.Comparator.comparingInt(TriggerAt::start));      // in text order, as the rules read them
    }

    /**
     * "une pause de trente jours des frappes sur les infrastructures énergétiques", "le moratoire de 30 jours sur les
     * frappes": a noun trigger of several words read with the length told right after its first word; "the moratorium on
     * Russian and Ukrainian strikes against energy": with the capitalised words inside it (the states' demonyms, joined
     * by a conjunction) skipped; a noun that is a trigger alone ("une trêve de 30 jours") is read already. A verb phrase
     * with the length right after its verb ("spent more than four hours with", "spent nearly two hours together") is
     * read across it too.
     */
    private void triggersAcrossLength(AnalyzedText text, Lexicon lex, Sentence s) {
        boolean added = false;
        int first = s.firstToken();
        int[] nextUnit = new int[s.endToken() - first + 1];     // where the next unit of time stands: a length needs one
        nextUnit[nextUnit.length - 1] = s.endToken();
        for (int t = s.endToken() - 1; t >= first; t--) {
            Lexicon.CalendarWord w = lex.calendarWord(text.termId(t));
            nextUnit[t - first] = w != null && w.unitHours() != null ? t : nextUnit[t - first + 1];
        }
        int[] at = new int[ACROSS_DAY_WORDS + 1];       // the words kept, read in place (ids and masks) by the trie
        for (int t = first; t + 3 < s.endToken(); t++) {
            if (!lex.triggers().mayStartLongerAt(text.tokens(), t)) continue;     // a phrase of two words or more, or none
            int from = t;
            // with no name nor length right after it, the next word is the phrase's second: most go on no phrase
            int after = nextUnit[t + 2 - first] <= t + 2 + Reach.LENGTH_AFTER ? Durations.skipLength(text, t + 1, s.endToken()) : t + 1;
            if (after == t + 1 && !capitalised(text, t + 1) && !lex.triggers().mayGoOn(text.tokens(), t, t + 1)) continue;
            if (covered(from)) continue;
            boolean skipped = after > t + 1;
            int kept = 0;
            at[kept++] = t;
            for (int i = after; i < s.endToken() && kept < ACROSS_DAY_WORDS + 1; i++) {
                int names = capitalisedRun(text, lex, i, s.endToken());
                if (names == i) names = coordinatedModifiers(text, lex, i, s.endToken());
                if (names > i) {
                    skipped = true;
                    i = names - 1;
                    continue;
                }
                at[kept++] = i;
                if (kept == 2 && !lex.triggers().mayGoOn(text.tokens(), t, i)) break;     // no phrase goes on to the word kept next
            }
            if (!skipped || kept < 2 || !lex.triggers().mayGoOn(text.tokens(), t, at[1])) continue;     // none is read across a word
            TokenTrie.Match<Trigger> m = lex.triggers().longestAt(text.tokens(), at, kept);
            if (m == null || m.end() < 2) continue;
            int to = at[m.end() - 1] + 1;
            boolean lengthFirst = after > t + 1;     // "spent more than four hours with": a verb phrase read across the length after its verb
            for (Trigger tr : m.values()) {
                if (tr.word() != WordClass.NOUN && !(lengthFirst && tr.word() == WordClass.VERB)) continue;
                triggers.add(new TriggerAt(tr, from, to, text.surface(from, to)));
                added = true;
            }
        }
        if (added) triggers.sort(java.util.Comparator.comparingInt(TriggerAt::start));
    }

    /**
     * "brought Azerbaijan's Aliyev and Armenia's Pashinyan together", "showed Shoigu around": a verb trigger of several
     * words whose tail comes after the verb's object (at most {@link #OBJECT_WORDS} words, nothing but blanks between
     * them) is read at its verb alone, so that the object after it is read as the trigger's own, as in "brought together".
     */
    private void triggersAroundObject(AnalyzedText text, Lexicon lex, Sentence s) {
        boolean added = false;
        int first = s.firstToken();
        byte[] goesOn = new byte[s.endToken() - first];             // read once per word, not once per verb before it (0: not yet)
        byte[] particleAt = new byte[s.endToken() - first];         // whether a particle's cue starts at the word: read once per word too
        int[] at = new int[4];                                      // the verb and the tail's words, read in place by the trie
        if (s.endToken() - first < 3 || !particleStands(particleAt, first, lex, text, s.endToken())) return;      // no tail stands here
        for (int t = first; t + 2 < s.endToken(); t++) {
            if (!lex.triggers().mayStartLongerAt(text.tokens(), t)) continue;     // a trigger of several words, or none
            int from = t;
            for (int g = t + 2; g < Math.min(s.endToken(), t + OBJECT_WORDS + 2); g++) {
                if (!objectGoesOn(goesOn, first, g - 2) || !objectGoesOn(goesOn, first, g - 1)) break;     // a comma or a quote ends the object
                if (!lex.triggers().mayGoOn(text.tokens(), t, g)) continue;    // the tail's first word must be the trigger's second
                if (!particleAt(particleAt, first, lex, text, g, s.endToken())) continue;
                int kept = 0;
                at[kept++] = t;
                for (int i = g; i < Math.min(s.endToken(), g + 3); i++) at[kept++] = i;
                TokenTrie.Match<Trigger> m = lex.triggers().longestAt(text.tokens(), at, kept);
                if (m == null || m.end() < 2 || m.values().stream().noneMatch(tr -> tr.type() != null && tr.word() == WordClass.VERB)) continue;
                if (covered(from)) break;                                      // a trigger read there already
                for (Trigger tr : m.values()) if (tr.type() != null && tr.word() == WordClass.VERB) triggers.add(new TriggerAt(tr, from, from + 1, text.surface(from, from + 1)));
                added = true;
                break;
            }
        }
        if (added) triggers.sort(java.util.Comparator.comparingInt(TriggerAt::start));
    }

    // by cue trie, the term ids that start a particle's cue ("together", "around", "a" of "a tour"): the tail of a verb
    // read around its object starts with one, and most sentences hold none, so the pass reads nothing else there
    private static final java.util.Map<TokenTrie<Cue>, long[]> PARTICLE_STARTS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * Whether a particle's cue starts at a word of the sentence from its third (the first a tail may stand at), read at the
     * words whose term starts one alone ("a" of "a tour" is read on), and memoised in {@code known} as {@link #particleAt}.
     */
    private static boolean particleStands(byte[] known, int first, Lexicon lex, AnalyzedText text, int end) {
        long[] starts = PARTICLE_STARTS.computeIfAbsent(lex.cues(), c -> c.firstTermsOf(cue -> cue.kind() == CueKind.PARTICLE));
        for (int g = first + 2; g < end; g++) {
            if ((starts == null || TokenTrie.holds(starts, text.termId(g))) && particleAt(known, first, lex, text, g, end)) return true;
        }
        return false;
    }

    /** Whether a trigger found so far covers token {@code t} (asked last: the list holds the whole text's triggers). */
    private boolean covered(int t) {
        for (TriggerAt k : triggers) if (k.start() <= t && k.end() > t) return true;
        return false;
    }

    /** Whether the longest cue starting at token {@code g} (before the sentence's end) is a particle's, memoised in {@code known} (0: not yet). */
    private static boolean particleAt(byte[] known, int first, Lexicon lex, AnalyzedText text, int g, int end) {
        if (known[g - first] == 0) {
            TokenTrie.Match<Cue> tail = lex.cues().longestAt(text.tokens(), g, end);
            known[g - first] = tail != null && hasKind(tail.values(), CueKind.PARTICLE) ? (byte) 1 : (byte) 2;
        }
        return known[g - first] == 1;
    }

    private static boolean hasKind(List<Cue> cues, CueKind kind) {
        for (Cue c : cues) if (c.kind() == kind) return true;
        return false;
    }

    private boolean objectGoesOn(byte[] known, int first, int i) {
        if (known[i - first] == 0) known[i - first] = objectGoesOn(i) ? (byte) 1 : (byte) 2;
        return known[i - first] == 1;
    }

    /** Whether nothing but blanks, a hyphen or an apostrophe (with its possessive 's, dropped from the tokens) stands between token i and the next ("Azerbaijan's"). */
    private boolean objectGoesOn(int i) {
        if (i + 1 >= tokens.size()) return false;
        for (int c = tokens.get(i).end(); c < tokens.get(i + 1).start(); c++) {
            char ch = body.charAt(c);
            boolean possessive = (ch == 's' || ch == 'S') && c > 0 && (body.charAt(c - 1) == '\'' || body.charAt(c - 1) == '\u2019');
            if (!Character.isWhitespace(ch) && ch != '\'' && ch != '\u2019' && ch != '-' && !possessive) return false;
        }
        return true;
    }

    /** The most words read between a verb and the tail of its trigger ("brought the leaders of the two Koreas together"). */
    private static final int OBJECT_WORDS = 10;

    /**
     * "C'est en marge de l'Assemblée générale qu'Emmanuel Macron et ... ont eu", "a annoncé qu'Erdogan viendrait": the
     * tokenizer drops an elided word, so before a name one the profile names (elided_clause) opens the clause its full
     * word opens, as "que Macron"
     * (before a pronoun or a preposition, "qu'il prévoyait", "ne ... qu'à", it is left as it was).
     */
    private void elidedClauseWords(AnalyzedText text, Lexicon lex, Sentence s) {
        if (lex.profile().elidedClauses().isEmpty()) return;
        for (int t = s.firstToken() + 1; t < s.endToken(); t++) {
            int at = text.tokens().get(t).start();
            if (!Character.isUpperCase(body.charAt(at))) {         // before a name only: "qu'il prévoyait", "ne ... qu'à" are others
                objectRelativeAfterComma(text, lex, t, at);
                continue;
            }
            String elided = LanguageProfile.elidedBefore(body, at, lex.profile().elidedClauses());     // not "lorsqu'", a word of its own
            if (elided == null) continue;
            int from = t;
            if (cues.stream().anyMatch(c -> c.start() == from && c.cue().kind() == CueKind.CLAUSE)) continue;
            cues.add(new At(new Cue(CueKind.CLAUSE, "report", elided + "'", true), t, t));
            // "Olaf Scholz, qu'Emmanuel Macron a accueilli mardi": after a comma, an object relative the profile names
            if (lex.profile().objectRelatives().contains(elided)) cues.add(elidedObjectRelative(elided, t));
        }
        cues.sort(java.util.Comparator.comparingInt(At::start));
    }

    /**
     * "son homologue ukrainien, Volodymyr Zelensky, qu'il a également eu au téléphone": after a comma, an elided object
     * relative word (profile object_relative) before a pronoun opens a relative clause, as "que" after a comma does.
     */
    private void objectRelativeAfterComma(AnalyzedText text, Lexicon lex, int t, int at) {
        String elided = LanguageProfile.elidedBefore(body, at, lex.profile().objectRelatives());
        if (elided == null || !lex.profile().elidedClauses().contains(elided)) return;
        int before = at - 2 - elided.length();
        while (before >= 0 && Character.isWhitespace(body.charAt(before))) before--;
        if (before < 0 || body.charAt(before) != ',') return;
        if (cues.stream().anyMatch(c -> c.start() == t && c.cue().kind() == CueKind.RELATIVE)) return;
        cues.add(elidedObjectRelative(elided, t));
    }

    /** The object relative an elided word opens at token t, where the tokenizer dropped it ("qu'"), as a cue line "relative after_comma que". */
    private static At elidedObjectRelative(String elided, int t) {
        return new At(new Cue(CueKind.RELATIVE, "after_comma", elided + "'", true), t, t);
    }

    /** Where a run of capitalised words joined by conjunctions ("Russian and Ukrainian") starting at i ends; i when none starts there. */
    private static int capitalisedRun(AnalyzedText text, Lexicon lex, int i, int end) {
        int to = i;
        while (to < end && capitalised(text, to)) {
            to++;
            if (to + 1 < end && lex.profile().conjunctions().contains(text.tokens().get(to).term()) && capitalised(text, to + 1)) to++;
        }
        return to;
    }

    /**
     * "a halt to drone and missile strikes on civilian infrastructure": where two lower-case words joined by a conjunction
     * start at i, where they end (the phrase is read past them, as past "Russian and Ukrainian"); i when none starts there.
     */
    private static int coordinatedModifiers(AnalyzedText text, Lexicon lex, int i, int end) {
        if (i + 3 >= end || capitalised(text, i) || capitalised(text, i + 2)) return i;
        if (!lex.profile().conjunctions().contains(text.tokens().get(i + 1).term())) return i;
        if (!text.adjacent(i) || !text.adjacent(i + 1)) return i;          // "drone, missile and": a list, read as it is
        return i + 3;
    }

    private static boolean capitalised(AnalyzedText text, int t) {
        io.newswire.enrich.tagger.text.Token token = text.tokens().get(t);     // the word's first character, read in place
        return token.start() < token.end() && Character.isUpperCase(text.body().charAt(token.start()));
    }

    /** The longest phrase of the trie at t read with the day's words skipped; null when it crosses no day. */
    private static <V> TokenTrie.Match<V> spanningDay(TokenTrie<V> trie, AnalyzedText text, Lexicon lex, int t, int end) {
        int[] at = new int[ACROSS_DAY_WORDS];           // the words kept, read in place (ids and masks) by the trie
        int kept = 0;
        boolean skipped = false;
        for (int i = t; i < end && kept < ACROSS_DAY_WORDS; i++) {
            if (day(text, lex, i) || (i + 1 < end && day(text, lex, i + 1) && kept > 0 && lex.profile().dayPrepositions().contains(text.tokens().get(i).term()))) {
                skipped |= kept > 0;
                continue;
            }
            at[kept++] = i;
        }
        if (!skipped) return null;
        TokenTrie.Match<V> m = trie.longestAt(text.tokens(), at, kept);
        if (m == null || m.end() < 2 || at[m.end() - 1] - t < m.end()) return null;      // it crosses no day
        return new TokenTrie.Match<>(t, at[m.end() - 1] + 1, m.values());
    }

    /** Whether the phrase ends in a word that joins a day ("on") and a day follows: it is the date, not the cue's object. */
    private static boolean endsBeforeADay(AnalyzedText text, Lexicon lex, TokenTrie.Match<Cue> m) {
        return m.end() - m.start() > 1 && m.end() < text.tokens().size() && day(text, lex, m.end())
                && lex.profile().dayPrepositions().contains(text.tokens().get(m.end() - 1).term());
    }

    /** How many words of a cue are looked at across a day: the longest cues are this long. */
    private static final int ACROSS_DAY_WORDS = 5;

    /** Whether a day is told between tokens {@code from} (inclusive) and {@code to} (exclusive): "on Wednesday". */
    boolean dayWithin(int from, int to) {
        return from < to && nextDay(from) < to;
    }

    /** The first token at or after {@code t} (within the sentence) that tells a day, or the sentence's end. */
    private int nextDay(int t) {
        return nextDay[Math.min(t - sentence.firstToken(), nextDay.length - 1)];
    }

    private static boolean day(AnalyzedText text, Lexicon lex, int i) {
        Lexicon.CalendarWord w = lex.calendarWord(text.termId(i));
        return w != null && (w.weekday() != null || w.offset() != null);
    }

    /** Whether token t is capitalised: a name, known or not. */
    boolean capitalized(int t) {
        return tokens.get(t).capitalized();
    }

    /**
     * "s'est entretenu au téléphone", "entretien téléphonique", "spoke by phone": a meeting word right next to a call
     * trigger is the call's own word, no meeting.
     */
    private void dropCallWords(AnalyzedText text) {
        if (triggers.isEmpty()) return;
        triggers.removeIf(m -> m.type() == EventType.MEETING && triggers.stream().anyMatch(c -> c.type() == EventType.PHONE_CALL && !talk(c) && nextTo(text, m, c)));
        // "spoke with X by phone": the call's own word tells it; "spoke with X after their talks": the meeting's
        List<TriggerAt> telling = triggers.stream().filter(c -> (c.type() == EventType.PHONE_CALL && !talk(c)) || c.type() == EventType.MEETING).toList();
        // "called Zelenskiy on Wednesday, shortly after his conversation with Putin": a talk noun set apart from every
        // word that tells another event is a talk of its own
        if (!telling.isEmpty()) triggers.removeIf(t -> talk(t) && !(t.trigger().noun() && telling.stream().noneMatch(c -> nextTo(text, t, c))));
    }

    /** A talk that is a call only where nothing else tells it ("spoke with", "a échangé avec"). */
    static boolean talk(TriggerAt t) {
        return t.type() == EventType.PHONE_CALL && t.trigger().frame() == io.newswire.enrich.tagger.kb.TriggerFrame.CONVERSATION;
    }

    private static boolean nextTo(AnalyzedText text, TriggerAt a, TriggerAt b) {
        if (a.start() < b.end() && b.start() < a.end()) return true;
        TriggerAt first = a.start() < b.start() ? a : b;
        TriggerAt second = first == a ? b : a;
        // "Un entretien téléphonique de plus d'une heure a réuni X et Y": a length told right after the first word is its own
        int after = Durations.skipLength(text, first.end(), second.start(), Reach.LENGTH_AFTER_CALL_WORD);
        if (second.start() - after > CALL_WORD_GAP) return false;
        if (earlierBetween(text, first.end(), second.start())) return false;
        for (int t = first.end(); t <= second.start() && t < text.tokens().size(); t++) {
            if (t > first.end() - 1 && !text.adjacent(t - 1) && text.body().substring(text.tokens().get(t - 1).end(), text.tokens().get(t).start()).matches(".*[,.;:].*")) return false;
        }
        return true;
    }

    /** "leur premier appel depuis le sommet de Genève": an earlier cue between a call word and a meeting word makes two events. */
    private static boolean earlierBetween(AnalyzedText text, int from, int to) {
        for (int t = from; t < to; t++) {
            TokenTrie.Match<Cue> m = text.lexicon().cues().longestAt(text.tokens(), t, to);
            if (m != null && m.values().stream().anyMatch(c -> c.kind() == CueKind.EARLIER)) return true;
        }
        return false;
    }

    /** Every trigger of the sentence in text order, those of phrases that are no event (NONE) included. */
    /** Whether the cue is a verb in the conditional mood that no cue names ("signeraient"). */
    static boolean reportedPlan(At cue) {
        return cue.cue() == REPORTED_PLAN;
    }

    /** Whether a trigger starts at the token: its own status says its mood ("attendrait": offered). */
    private boolean triggerAt(int t) {
        for (TriggerAt tr : triggers) if (tr.start() == t) return true;
        return false;
    }

    List<TriggerAt> triggers() {
        return triggers;
    }

    /** The first trigger of the type, or null. */
    TriggerAt trigger(EventType type) {
        for (TriggerAt t : triggers) if (t.type() == type) return t;
        return null;
    }

    boolean has(CueKind kind) {
        return first(kind) != null;
    }

    /** The cue of the kind that starts at token {@code t}, or null. */
    At startingAt(int t, CueKind kind) {
        for (At a : cues) {
            if (a.start() == t && a.cue().kind() == kind) return a;
            if (a.start() > t) break;
        }
        return null;
    }

    /** Whether a trigger of an event (not a NONE phrase) stands within tokens [from, to). */
    boolean triggerWithin(int from, int to) {
        for (TriggerAt t : triggers) if (t.type() != null && t.start() < to && t.end() > from) return true;
        return false;
    }

    /**
     * Whether a trigger of an event stands within tokens [from, to) that is not the gathering an occasion phrase names
     * ("Une rencontre entre X et Y en marge du sommet de l'APEC fait l'objet de tractations": the summit is the setting).
     */
    boolean triggerWithinOutsideOccasions(int from, int to) {
        for (TriggerAt t : triggers) {
            if (t.type() == null || t.start() >= to || t.end() <= from) continue;
            At occasion = before(CueKind.OCCASION, t.start(), Reach.ADJACENT);
            if (occasion == null || occasion.start() < from) return true;
        }
        return false;
    }

    /** The cues of the kind that start within tokens [from, to), in text order. */
    List<At> within(CueKind kind, int from, int to) {
        List<At> out = new ArrayList<>();
        for (At a : cues) if (a.cue().kind() == kind && a.start() >= from && a.start() < to) out.add(a);
        return out;
    }

    /** The first cue of the kind, or null. */
    At first(CueKind kind) {
        for (At a : cues) if (a.cue().kind() == kind) return a;
        return null;
    }

    List<At> all(CueKind kind) {
        List<At> out = new ArrayList<>();
        for (At a : cues) if (a.cue().kind() == kind) out.add(a);
        return out;
    }

    /** The first cue of the kind that starts at most {@code window} tokens after token {@code at} (at itself: 0), or null. */
    At after(CueKind kind, int at, int window) {
        return near(kind, at, at, window, true, false);
    }

    /** The first cue of the kind that ends at most {@code window} tokens before token {@code at}, or null. */
    At before(CueKind kind, int at, int window) {
        return near(kind, at, at, window, false, true);
    }

    /** The first cue of the kind at most {@code window} tokens before or after tokens [start, end), or null. */
    At beside(CueKind kind, int start, int end, int window) {
        return near(kind, start, end, window, true, true);
    }

    /** The cue of the kind closest to tokens [start, end), or null. */
    At nearest(CueKind kind, int start, int end) {
        At best = null;
        int bestGap = Integer.MAX_VALUE;
        for (At c : all(kind)) {
            int gap = c.end() <= start ? start - c.end() : Math.max(0, c.start() - end);
            if (gap < bestGap) {
                best = c;
                bestGap = gap;
            }
        }
        return best;
    }

    /** The one scan behind after, before and beside. */
    private At near(CueKind kind, int start, int end, int window, boolean after, boolean before) {
        for (At a : cues) {
            if (a.cue().kind() != kind) continue;
            if (after && a.start() >= end && a.start() - end <= window) return a;
            if (before && a.end() <= start && start - a.end() <= window) return a;
        }
        return null;
    }

    boolean sport() {
        // the score is looked for only when a sport verb ("beat", "battu") makes it matter
        return has(CueKind.SPORT) || (has(CueKind.SPORT_VERB) && SCORE.matcher(sentence.text(body)).find());
    }
}
