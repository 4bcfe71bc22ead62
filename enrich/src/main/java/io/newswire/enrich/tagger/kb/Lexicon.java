package io.newswire.enrich.tagger.kb;

import io.newswire.enrich.tagger.text.Fold;
import io.newswire.enrich.tagger.text.Terms;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/** The language-specific part of the knowledge base: triggers, cues, role titles, institutions and calendar words. */
public final class Lexicon {

    /** A role phrase: "président", "chancelière", "prime minister" (plural: "présidents"). */
    public record Title(String role, boolean plural, String form) {
    }

    private final String lang;
    private final TokenTrie<Trigger> triggers = new TokenTrie<>();
    private final TokenTrie<Cue> cues = new TokenTrie<>();
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
            lex.triggers.add(r.get("form"), new Trigger(none ? null : EventType.of(r.get("type")), none ? null : EventStatus.of(r.get("status")), r.get("form"), r.get("requires")));
        }
        for (TsvResource.Row r : TsvResource.read("kb/lexicon/cues-" + lang + ".tsv")) {
            lex.cues.add(r.get("form"), new Cue(r.get("cue"), r.get("value"), r.get("form")));
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
