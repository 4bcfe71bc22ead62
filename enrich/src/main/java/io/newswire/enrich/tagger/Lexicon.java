package io.newswire.enrich.tagger;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/** The language-specific part of the knowledge base: triggers, cues, role titles, institutions and calendar words. */
public final class Lexicon {

    /** A role phrase: "président", "chancelière", "prime minister" (plural: "présidents"). */
    public record Title(String role, boolean plural, String form) {
    }

    final String lang;
    final TokenTrie<Trigger> triggers = new TokenTrie<>();
    final TokenTrie<Cue> cues = new TokenTrie<>();
    final TokenTrie<Title> titles = new TokenTrie<>();
    final TokenTrie<String> institutions = new TokenTrie<>();
    final Map<String, Integer> months = new HashMap<>();
    final Map<String, DayOfWeek> weekdays = new HashMap<>();
    final Map<String, Integer> relativeDays = new HashMap<>();

    Lexicon(String lang) {
        this.lang = lang;
    }

    static Lexicon load(String lang) {
        Lexicon lex = new Lexicon(lang);
        for (TsvResource.Row r : TsvResource.read("kb/lexicon/triggers-" + lang + ".tsv")) {
            lex.triggers.add(r.get("form"), new Trigger(r.get("type"), r.get("status"), r.get("form"), r.get("requires")));
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
        }
        return lex;
    }

    void addTitle(Title title) {
        titles.add(title.form(), title);
    }

    public String lang() {
        return lang;
    }
}
