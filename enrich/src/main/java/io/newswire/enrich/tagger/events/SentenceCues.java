package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.enrich.tagger.kb.Cue;
import io.newswire.enrich.tagger.kb.Trigger;
import io.newswire.schemas.EventType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The cues and triggers found in one sentence, with their token positions. */
public final class SentenceCues {

    /** A cue found at tokens [start, end). */
    record At(Cue cue, int start, int end) {
    }

    /** A trigger found at tokens [start, end). */
    record TriggerAt(Trigger trigger, int start, int end, String surface) {
    }

    // a match score such as "2-1" or "3–0": sport, not diplomacy
    private static final Pattern SCORE = Pattern.compile("(?<![\\d.,/-])\\d{1,2}\\s?[-\u2013]\\s?\\d{1,2}(?![\\d.,/-])");

    final List<At> cues = new ArrayList<>();
    final List<TriggerAt> triggers = new ArrayList<>();
    private final String body;
    private final Sentence sentence;

    SentenceCues(AnalyzedText text, Sentence s) {
        body = text.body();
        sentence = s;
        Lexicon lex = text.lexicon();
        for (TokenTrie.Match<Trigger> m : lex.triggers().findAll(text.tokens(), s.firstToken(), s.endToken())) {
            for (Trigger tr : m.values()) triggers.add(new TriggerAt(tr, m.start(), m.end(), text.surface(m.start(), m.end())));
        }
        if (triggers.isEmpty()) return;                 // no event here: the cues would change nothing
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            TokenTrie.Match<Cue> m = lex.cues().longestAt(text.tokens(), t, s.endToken());
            if (m != null) for (Cue c : m.values()) cues.add(new At(c, m.start(), m.end()));
        }
    }

    boolean has(String kind) {
        for (At a : cues) if (a.cue().kind().equals(kind)) return true;
        return false;
    }

    List<At> all(String kind) {
        List<At> out = new ArrayList<>();
        for (At a : cues) if (a.cue().kind().equals(kind)) out.add(a);
        return out;
    }

    /** The first cue of the kind, or null. */
    At first(String kind) {
        for (At a : cues) if (a.cue().kind().equals(kind)) return a;
        return null;
    }

    TriggerAt trigger(EventType type) {
        for (TriggerAt t : triggers) if (t.trigger().type() == type) return t;
        return null;
    }

    boolean sport() {
        // the score is looked for only when a sport verb ("beat", "battu") makes it matter
        return has("sport") || (has("sport_verb") && SCORE.matcher(sentence.text(body)).find());
    }
}
