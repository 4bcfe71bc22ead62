package io.newswire.enrich.tagger.kb;

import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Fold;
import io.newswire.enrich.tagger.text.OffsetTokenizer;
import io.newswire.enrich.tagger.text.Terms;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.time.DayOfWeek;
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
import java.util.stream.Collectors;

/**
 * The language-specific part of the knowledge base: how the language is written (its profile), triggers, cues,
 * role titles, institutions and calendar words, each from its file kb/lexicon/{kind}-{lang}.tsv.
 */
public final class Lexicon {

    /** A role phrase: "président", "chancelière", "prime minister" (plural: "présidents"). */
    public record Title(String role, boolean plural, String form) {
    }

    /**
     * What a calendar term says: a month (1-12), a weekday, a day offset ("hier": -1), a day of the month ("1er": 1),
     * a number written as a word ("trois": 3), a unit of duration in hours ("jours": 24), the word that points to the unit
     * before the reference date beside it ("last year", "l'an dernier"), or nothing but a time (a part of the day: "le soir
     * même", all null); the whole record is null for a word that is no word of time.
     */
    public record CalendarWord(Integer month, DayOfWeek weekday, Integer offset, Integer day, Integer number, Integer unitHours, boolean previous) {

        private CalendarWord with(CalendarWord other) {
            return new CalendarWord(other.month != null ? other.month : month, other.weekday != null ? other.weekday : weekday,
                    other.offset != null ? other.offset : offset, other.day != null ? other.day : day,
                    other.number != null ? other.number : number, other.unitHours != null ? other.unitHours : unitHours,
                    previous || other.previous);
        }
    }

    /** The {@code kind} column of calendar-{lang}.tsv. */
    private enum CalendarKind {
        MONTH, WEEKDAY, RELATIVE, DAY, NUMBER, UNIT, PREVIOUS, PART
    }

    private static final String NO_EVENT = "NONE";     // the type column of a phrase that is no event

    private final String lang;
    private final LanguageProfile profile;
    private final TokenTrie<Trigger> triggers = new TokenTrie<>("triggers");
    private final Map<EventType, String> triggeredTypes = new EnumMap<>(EventType.class);   // type -> "file:line" of its first trigger
    private final Set<String> oneWordTriggers = new HashSet<>();
    private final TokenTrie<Cue> cues = new TokenTrie<>("cues");
    private final TokenTrie<Title> titles = new TokenTrie<>("titles");
    private final Set<String> titleForms = new HashSet<>();
    private final TokenTrie<String> institutions = new TokenTrie<>("institutions");
    private PersonWords personWords;
    private CalendarWord[] calendarById = new CalendarWord[0];       // by interned term id: no hashing per token

    private Lexicon(LanguageProfile profile) {
        this.lang = profile.lang();
        this.profile = profile;
    }

    static Lexicon load(KbSource source, LanguageProfile profile, OffsetTokenizer tokenizer) {
        Lexicon lex = new Lexicon(profile);
        String lang = profile.lang();
        Map<String, Trigger> verbs = new LinkedHashMap<>();    // one-word verb triggers, read in their agreeing forms too
        Set<String> writtenTriggers = new HashSet<>();
        Map<String, Trigger> nouns = new LinkedHashMap<>();    // noun phrases, read with a modifier after their head too
        Map<String, Trigger> futures = new LinkedHashMap<>();  // verb phrases, read in the conditional too when in the future
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/triggers-" + lang + ".tsv", "type", "status", "form", "word", "frame", "note")) {
            Trigger trigger = trigger(r);
            lex.triggers.add(tokenizer.phraseTerms(r.get("form")), trigger);
            if (trigger.type() != null) lex.triggeredTypes.putIfAbsent(trigger.type(), r.file() + ":" + r.line());
            String form = r.get("form").toLowerCase(Locale.ROOT);
            writtenTriggers.add(Fold.fold(form));
            if (trigger.type() != null && trigger.word() == WordClass.NOUN) nouns.putIfAbsent(form, trigger);
            if (trigger.type() != null && trigger.word() == WordClass.VERB) futures.putIfAbsent(form, trigger);
            if (trigger.type() != null && form.chars().allMatch(Character::isLetter)) {
                lex.oneWordTriggers.add(form);
                if (trigger.word() == WordClass.VERB) verbs.putIfAbsent(form, trigger);
            }
        }
        // "l'arrêt immédiat des combats" as "l'arrêt des combats"
        nouns.forEach((form, trigger) -> {
            for (String other : profile.withModifiers(form)) if (writtenTriggers.add(Fold.fold(other))) lex.triggers.add(tokenizer.phraseTerms(other), trigger);
        });
        // "qu'il ne se rendrait pas en Israël" as "se rendra": the conditional of a future trigger is the same trigger
        futures.forEach((form, trigger) -> {
            for (String other : profile.conditionalForms(form)) {
                if (writtenTriggers.add(Fold.fold(other))) {
                    lex.triggers.add(tokenizer.phraseTerms(other), trigger);
                    if (other.chars().allMatch(Character::isLetter)) lex.oneWordTriggers.add(other);
                }
            }
        });
        // "se sont réunies" as "se sont réunis": a participle that agrees with its subject is the same trigger
        verbs.forEach((form, trigger) -> {
            for (String other : profile.agreementForms(form)) {
                if (writtenTriggers.add(Fold.fold(other))) {
                    lex.triggers.add(tokenizer.phraseTerms(other), trigger);
                    lex.oneWordTriggers.add(other);
                }
            }
        });
        Set<String> written = new HashSet<>();            // the forms the file writes: an inflected form never overrides one
        List<Cue> modality = new ArrayList<>();
        List<String> carriers = new ArrayList<>();        // "plan", "offer": what a phrasal refusal may hold between its verb and particle
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/cues-" + lang + ".tsv", "cue", "value", "form", "note")) {
            CueKind kind = CueKind.find(r.get("cue")).orElseThrow(() -> r.problem("unknown cue kind '" + r.get("cue") + "' (known: " + CueKind.known() + ")"));
            String problem = kind.problemWith(r.get("value"));
            if (problem != null) throw r.problem("value '" + r.get("value") + "': " + problem);
            lex.cues.add(tokenizer.phraseTerms(r.get("form")), new Cue(kind, r.get("value"), r.get("form")));
            written.add(r.get("form").toLowerCase(Locale.ROOT));
            if (kind == CueKind.MODALITY) modality.add(new Cue(kind, r.get("value"), r.get("form")));
            if (kind == CueKind.CARRIER) carriers.add(r.get("form").toLowerCase(Locale.ROOT));
        }
        for (Cue cue : modality) {
            List<String> forms = new ArrayList<>(otherForms(profile, cue.form()));
            // "turned it down" as "turned down": an object pronoun between a phrasal verb and its particle, in each form
            for (String form : List.copyOf(forms)) forms.addAll(profile.phrasalForms(form));
            forms.addAll(profile.phrasalForms(cue.form().toLowerCase(Locale.ROOT)));
            // "turned the plan down", "brushed the offer aside": a carrier noun as the object between the verb and its particle
            List<String> plain = new ArrayList<>(otherForms(profile, cue.form()));
            plain.add(cue.form().toLowerCase(Locale.ROOT));
            for (String form : plain) forms.addAll(profile.phrasalCarrierForms(form, carriers));
            // "would reject", "rejetterait", "n'acceptera pas": a stance told in the future or the conditional is the same cue
            forms.addAll(profile.futureForms(cue.form(), cue.value()));
            for (String form : forms) {
                if (written.add(form)) lex.cues.add(tokenizer.phraseTerms(form), new Cue(cue.kind(), cue.value(), form, true));
            }
        }
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/institutions-" + lang + ".tsv", "form", "kind", "note")) {
            lex.institutions.add(tokenizer.phraseTerms(r.get("form")), r.get("kind"));
        }
        lex.personWords = PersonWords.load(source, lang, tokenizer);
        Map<String, CalendarWord> calendar = new HashMap<>();
        for (TsvResource.Row r : TsvResource.read(source, "kb/lexicon/calendar-" + lang + ".tsv", "kind", "form", "value", "note")) {
            calendar.merge(Fold.fold(r.get("form")), calendarWord(r), CalendarWord::with);
        }
        calendar.forEach((form, word) -> {
            int id = Terms.intern(form);
            if (id >= lex.calendarById.length) lex.calendarById = Arrays.copyOf(lex.calendarById, id + 1);
            lex.calendarById[id] = word;
        });
        return lex;
    }

    /**
     * A modality phrase with one of its words in another form ("are proposing" from "proposed"; a past participle that
     * agrees with its object or subject, "les a exhortés" from "exhorté"), the others kept.
     */
    private static List<String> otherForms(LanguageProfile profile, String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            // "balayé" as "balayées" ("ont été balayées par Kiev"): a participle agrees with its subject, as a verb trigger's does
            Set<String> forms = new LinkedHashSet<>(profile.otherForms(words[i]));
            forms.addAll(profile.agreementForms(words[i]));
            for (String other : forms) {
                String[] copy = words.clone();
                copy[i] = other;
                out.add(String.join(" ", copy));
            }
        }
        return out;
    }

    private static Trigger trigger(TsvResource.Row r) {
        WordClass word = WordClass.find(r.get("word")).orElseThrow(() -> r.problem("word is " + WordClass.known() + ", not '" + r.get("word") + "'"));
        TriggerFrame frame = TriggerFrame.find(r.get("frame")).orElseThrow(() -> r.problem("frame is one of " + TriggerFrame.known() + ", not '" + r.get("frame") + "'"));
        if (r.get("type").equals(NO_EVENT)) return new Trigger(null, null, r.get("form"), word, frame);
        EventType type = EventType.find(r.get("type")).orElseThrow(() -> r.problem("unknown event type '" + r.get("type")
                + "' (known: " + Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.joining(", ")) + "; " + NO_EVENT + " for a phrase that is no event)"));
        EventStatus status = EventStatus.find(r.get("status")).orElseThrow(() -> r.problem("unknown event status '" + r.get("status") + "'"));
        if (!frame.fits(type)) throw r.problem("frame '" + frame.wireName() + "' is for MEETING triggers ('conversation' also for PHONE_CALL, 'dial' for PHONE_CALL only); a " + type + " trigger cannot have it");
        return new Trigger(type, status, r.get("form"), word, frame);
    }

    private static CalendarWord calendarWord(TsvResource.Row r) {
        CalendarKind kind = Arrays.stream(CalendarKind.values()).filter(k -> k.name().equalsIgnoreCase(r.get("kind"))).findFirst()
                .orElseThrow(() -> r.problem("unknown calendar kind '" + r.get("kind") + "' (known: month, weekday, relative, day, number, unit, previous, part)"));
        int value = r.integer("value");
        return switch (kind) {
            case MONTH -> new CalendarWord(value, null, null, null, null, null, false);
            case WEEKDAY -> new CalendarWord(null, DayOfWeek.of(value), null, null, null, null, false);
            case RELATIVE -> new CalendarWord(null, null, value, null, null, null, false);
            case DAY -> new CalendarWord(null, null, null, value, null, null, false);
            case NUMBER -> new CalendarWord(null, null, null, null, value, null, false);
            case UNIT -> new CalendarWord(null, null, null, null, null, value, false);
            case PREVIOUS -> new CalendarWord(null, null, null, null, null, null, true);
            // "a été reçu le soir même par": a part of the day, a word of time that names no date of its own
            case PART -> new CalendarWord(null, null, null, null, null, null, false);
        };
    }

    void addTitle(OffsetTokenizer tokenizer, Title title) {
        titles.add(tokenizer.phraseTerms(title.form()), title);
        titleForms.add(title.form());
    }

    public String lang() {
        return lang;
    }

    /** How the language is written: elisions, where demonyms stand, the small words around a role title. */
    public LanguageProfile profile() {
        return profile;
    }

    /** Phrases that signal an event (triggers-{lang}.tsv). */
    public TokenTrie<Trigger> triggers() {
        return triggers;
    }

    /** The event types the triggers signal, each with where its first trigger is ("kb/lexicon/triggers-en.tsv:2"). */
    public Map<EventType, String> triggeredTypes() {
        return triggeredTypes;
    }

    /** The triggers written as one word of letters, lower case as written ("phoned", "trêve"). */
    public Set<String> oneWordTriggers() {
        return oneWordTriggers;
    }

    /** Phrases that change how a sentence is read (cues-{lang}.tsv). */
    public TokenTrie<Cue> cues() {
        return cues;
    }

    /** Role phrases: "président", "prime minister". */
    /** The forms of the language's titles, as kb/titles.tsv writes them. */
    Set<String> titleForms() {
        return titleForms;
    }

    public TokenTrie<Title> titles() {
        return titles;
    }

    /** Institution words that make a demonym stand for its state: "présidence", "ministry". */
    public TokenTrie<String> institutions() {
        return institutions;
    }

    /** The words around a person's name and role phrase: honorifics, "former", determiners, name particles... */
    public PersonWords personWords() {
        return personWords;
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
}
