package io.newswire.enrich.tagger.kb;

import io.newswire.enrich.tagger.text.Fold;
import io.newswire.enrich.tagger.text.Terms;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The language-specific part of the knowledge base: triggers, cues, role titles, institutions and calendar words. */
public final class Lexicon {

    /** A role phrase: "président", "chancelière", "prime minister" (plural: "présidents"). */
    public record Title(String role, boolean plural, String form) {
    }

    private final String lang;
    private final TokenTrie<Trigger> triggers = new TokenTrie<>();
    private final TokenTrie<Cue> cues = new TokenTrie<>();
    private final Set<EventType> triggeredTypes = EnumSet.noneOf(EventType.class);
    private final TokenTrie<Title> titles = new TokenTrie<>();
    private final TokenTrie<String> institutions = new TokenTrie<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, Integer> relativeDays = new HashMap<>();
    private final Map<String, CalendarWord> calendar = new HashMap<>();    // the three above in one map: one lookup a token
    private CalendarWord[] calendarById = new CalendarWord[0];       // the same, by interned term id: no hashing per token

    /** What a calendar term says: a month (1-12), a weekday, a day offset ("hier": -1); null where it says nothing. */
    public record CalendarWord(Integer month, DayOfWeek weekday, Integer offset) {
    }

    Lexicon(String lang) {
        this.lang = lang;
    }

    static Lexicon load(String lang) {
        Lexicon lex = new Lexicon(lang);
        for (TsvResource.Row r : TsvResource.read("kb/lexicon/triggers-" + lang + ".tsv")) {
            boolean none = r.get("type").equals("NONE");
            Trigger trigger = new Trigger(none ? null : EventType.of(r.get("type")), none ? null : EventStatus.of(r.get("status")), r.get("form"), r.get("requires").equals("leaders"));
            lex.triggers.add(r.get("form"), trigger);
            if (!none) lex.triggeredTypes.add(trigger.type());
        }
        for (TsvResource.Row r : TsvResource.read("kb/lexicon/cues-" + lang + ".tsv")) {
            CueKind kind = CueKind.find(r.get("cue")).orElseThrow(() -> new IllegalArgumentException(
                    r.file() + ":" + r.line() + ": unknown cue kind '" + r.get("cue") + "' (known: " + CueKind.known() + ")"));
            lex.cues.add(r.get("form"), new Cue(kind, r.get("value"), r.get("form")));
        }
        for (TsvResource.Row r : TsvResource.read("kb/lexicon/institutions-" + lang + ".tsv")) {
            lex.institutions.add(r.get("form"), r.get("kind"));
        }
        for (TsvResource.Row r : TsvResource.read("kb/lexicon/calendar-" + lang + ".tsv")) {
            String form = Fold.fold(r.get("form"));
            switch (r.get("kind")) {
                case "month" -> lex.months.put(form, Integer.parseInt(r.get("value")));
                case "weekday" -> lex.weekdays.put(form, DayOfWeek.of(Integer.parseInt(r.get("value"))));
                case "relative" -> lex.relativeDays.put(form, Integer.parseInt(r.get("value")));
                default -> throw new IllegalArgumentException(r.file() + ":" + r.line() + ": unknown calendar kind " + r.get("kind"));
            }
            lex.calendar.put(form, new CalendarWord(lex.months.get(form), lex.weekdays.get(form), lex.relativeDays.get(form)));
        }
        lex.calendar.forEach((form, word) -> {
            int id = Terms.intern(form);
            if (id >= lex.calendarById.length) lex.calendarById = java.util.Arrays.copyOf(lex.calendarById, id + 1);
            lex.calendarById[id] = word;
        });
        return lex;
    }

    /** What the term with interned id {@code termId} says as a calendar word, or null. */
    public CalendarWord calendarWord(int termId) {
        return termId >= 0 && termId < calendarById.length ? calendarById[termId] : null;
    }

    /** Whether a cue of the kind, at most {@code maxTokens} long, ends right before token {@code at} in at's sentence. */
    public boolean cueEndsAt(AnalyzedText text, int at, CueKind kind, int maxTokens) {
        int[] sentenceOf = text.sentenceOfToken();
        for (int back = 1; back <= maxTokens && at - back >= 0; back++) {
            if (sentenceOf[at - back] != sentenceOf[at]) break;
            TokenTrie.Match<Cue> m = cues.longestAt(text.tokens(), at - back, at);
            if (m != null && m.end() == at && ofKind(m, kind)) return true;
        }
        return false;
    }

    /** Whether the longest cue starting at token {@code at}, in the sentence of token at - 1, is of the kind. */
    public boolean cueStartsAt(AnalyzedText text, int at, CueKind kind, int maxTokens) {
        List<Token> tokens = text.tokens();
        if (at <= 0 || at >= tokens.size() || text.sentenceOfToken()[at] != text.sentenceOfToken()[at - 1]) return false;
        TokenTrie.Match<Cue> m = cues.longestAt(tokens, at, Math.min(tokens.size(), at + maxTokens));
        return m != null && ofKind(m, kind);
    }

    /** The first token in [from, to) where a cue of the kind starts, or -1. */
    public int firstCue(AnalyzedText text, int from, int to, CueKind kind) {
        for (int t = from; t < to; t++) {
            TokenTrie.Match<Cue> m = cues.longestAt(text.tokens(), t, to);
            if (m != null && ofKind(m, kind)) return t;
        }
        return -1;
    }

    private static boolean ofKind(TokenTrie.Match<Cue> m, CueKind kind) {
        for (Cue c : m.values()) if (c.kind() == kind) return true;
        return false;
    }

    void addTitle(Title title) {
        titles.add(title.form(), title);
    }

    public String lang() {
        return lang;
    }

    /** Phrases that signal an event (triggers-{lang}.tsv). */
    public TokenTrie<Trigger> triggers() {
        return triggers;
    }

    /** The event types the triggers signal. */
    public Set<EventType> triggeredTypes() {
        return triggeredTypes;
    }

    /** Phrases that change how a sentence is read (cues-{lang}.tsv). */
    public TokenTrie<Cue> cues() {
        return cues;
    }

    /** Role phrases: "président", "prime minister". */
    public TokenTrie<Title> titles() {
        return titles;
    }

    /** Institution words that make a demonym stand for its state: "présidence", "ministry". */
    public TokenTrie<String> institutions() {
        return institutions;
    }
}
