package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.LanguageProfile;
import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.enrich.tagger.kb.WordClass;
import io.newswire.schemas.EventType;

/**
 * "received a letter from Trump", "a reçu lundi les félicitations de Xi Jinping", "a rencontré mardi le refus d'Olaf
 * Scholz": a meeting verb whose object is a thing (a determiner, then a word that names no one, no officials and no
 * event) meets no one; who sent or did the thing is no side. So does one whose object is a bare noun that a giver
 * follows ("received congratulations from Xi", "met with flat rejection from Scholz", cue kind {@code source}) or a
 * person's thing ("welcomed Joe Biden's decision to"). "received the Chinese president", "received a delegation",
 * "met with Xi", "hosted a summit" take people or an event; a visit's verb takes a place ("visited a cemetery").
 */
final class ThingObject {

    private ThingObject() {
    }

    static boolean takes(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (trigger.type() != EventType.MEETING || !verb(s, trigger)) return false;
        TriggerFrame frame = trigger.trigger().frame();
        if (frame != TriggerFrame.HOST && frame != TriggerFrame.TALKS) return false;                // "visited a cemetery": a place in the host state
        int end = Math.min(s.clauses().segmentEnd(trigger.end()), s.sentence().endToken());
        int t = pastDays(s, trigger.end(), end);                                                   // "a reçu lundi les félicitations"
        CueIndex.At with = t < end ? s.cues().startingAt(t, CueKind.WITH) : null;
        if (with != null) t = pastDays(s, with.end(), end);                                        // "met with rejection from"
        if (t + 1 >= end) return false;
        if (determiner(s, t)) return thing(s, t + 1, end, true);
        int owned = afterItsOwner(s, t, end);
        if (owned > 0) return owned + 1 < end && !s.text().tokens().get(owned).capitalized() && !s.text().tokens().get(owned + 1).capitalized()
                && thing(s, owned, end, false) && thing(s, owned + 1, end, false);             // "welcomed Joe Biden's decision to", not "Syria's interim President"
        return bareBeforeItsGiver(s, t, end) || thingsGiverBefore(s, trigger);
    }

    /**
     * "Le feu vert d'Olaf Scholz à l'envoi de chars a été reçu mercredi à Kiev comme une victoire": the party named last
     * before a meeting verb is a person after an elided "d'" that a thing's noun opens (a determiner, then a word that names
     * no one), and no one else is named up to the verb: the verb's subject is the thing (received, welcomed), the person
     * its giver, and no one is met.
     */
    private static boolean thingsGiverBefore(SentenceReading s, CueIndex.TriggerAt trigger) {
        Ref last = null;
        for (Ref r : s.here()) if (r.to() <= trigger.start() && !r.locative() && (last == null || r.from() > last.from())) last = r;
        if (last == null || last.actor() == null || !elidedBefore(s, last.from()) || !s.clauses().together(last.from(), trigger.start())) return false;
        for (int i = last.from() - 1; i >= Math.max(s.sentence().firstToken(), last.from() - Reach.ADJACENT); i--) {
            if (determiner(s, i)) return i + 1 < last.from() && thing(s, i + 1, last.from(), true);
            if (!thing(s, i, last.from(), false)) return false;
        }
        return false;
    }

    /**
     * "U.S. President Joe Biden's decision": the token after capitalised words from {@code t} whose last is a person or a
     * state with a possessive ending, or -1.
     */
    private static int afterItsOwner(SentenceReading s, int t, int end) {
        for (int i = t; i + 1 < end && i <= t + Reach.ADJACENT + 2; i++) {
            if (!s.text().tokens().get(i).capitalized()) return -1;
            int last = i;
            if (possessive(s, i) && s.here().stream().anyMatch(r -> r.to() == last + 1)) return i + 1;
        }
        return -1;
    }

    /** A verb trigger, or a noun's line read at a participle as the text writes it ("a rencontré": the line of "rencontre"). */
    static boolean verb(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (trigger.trigger().word() == WordClass.VERB) return true;
        if (!trigger.trigger().noun() || trigger.end() - trigger.start() != 1) return false;
        String written = s.text().surface(trigger.start(), trigger.end()).toLowerCase(java.util.Locale.ROOT);
        return !s.text().lexicon().profile().agreementForms(written).isEmpty();
    }

    /** Past the words of a day ("lundi", "le 12 juin", "la semaine prochaine") and a repeat ("de nouveau"): where the object may start. */
    private static int pastDays(SentenceReading s, int t, int end) {
        while (t < end) {
            CueIndex.At repeat = s.cues().startingAt(t, CueKind.REPEAT);
            if (repeat != null) t = repeat.end();
            else if (dayWord(s, t) && !determiner(s, t)) t++;                                   // "un", "une": an article, not a count ("a reçu une lettre")
            else if (t + 1 < end && determiner(s, t) && dayWord(s, t + 1)) t += 2;
            else return t;
        }
        return t;
    }

    private static boolean dayWord(SentenceReading s, int t) {
        return s.text().lexicon().calendarWord(s.text().termId(t)) != null || s.text().tokens().get(t).term().chars().allMatch(Character::isDigit);
    }

    /** An own_object cue ("the", "les") or a determiner before a role phrase ("le", "la", "his"). */
    private static boolean determiner(SentenceReading s, int t) {
        return s.cues().startingAt(t, CueKind.OWN_OBJECT) != null
                || s.text().lexicon().personWords().is(s.text().tokens(), t, PersonWords.Kind.DETERMINER);
    }

    /** Whether the word at {@code noun} names no one, no officials and no event. */
    private static boolean thing(SentenceReading s, int noun, int end, boolean afterDeterminer) {
        if (noun >= end || s.text().tokens().get(noun).capitalized()) return false;            // "hosts a Group of Seven summit": a name
        // "the Chinese president", "a Chinese delegation"; not the giver after an elided "de" ("le refus d'Olaf Scholz")
        if (s.here().stream().anyMatch(r -> r.from() <= noun && r.to() > noun)) return false;
        if (afterDeterminer && s.here().stream().anyMatch(r -> r.from() == noun + 1 && !elidedBefore(s, noun + 1))) return false;
        if (Parties.officialsAt(s, noun, true)) return false;                                     // "the prime minister of", "a delegation"
        if (afterDeterminer && noun + 1 < end && Parties.officialsAt(s, noun + 1, true)) return false;   // "un haut responsable", "a senior official"
        return !meetingOrCallWithin(s, noun, Math.min(noun + Reach.ADJACENT, end));             // "hosted a summit", "the three-way talks"
    }

    /**
     * Whether a trigger of an event one may host or take part in (a meeting, a call) stands within tokens [from, to): a
     * truce is no such event, so "received Trump's plan for a ceasefire" still receives a thing.
     */
    private static boolean meetingOrCallWithin(SentenceReading s, int from, int to) {
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.type() != null && t.type() != EventType.CEASEFIRE && t.start() < to && t.end() > from) return true;
        }
        return false;
    }

    /** "received congratulations from", "met with flat rejection from": lower-case words, then the giver's cue. */
    private static boolean bareBeforeItsGiver(SentenceReading s, int t, int end) {
        for (int i = t; i < end && i <= t + Reach.ADJACENT; i++) {
            if (s.cues().startingAt(i, CueKind.SOURCE) != null) return i > t && thing(s, t, end, false) && thing(s, i - 1, end, false);
            if (s.text().tokens().get(i).capitalized() || personAt(s, i) != null) return false;
        }
        return false;
    }

    private static Ref personAt(SentenceReading s, int t) {
        for (Ref r : s.here()) if (r.from() == t) return r;
        return null;
    }

    /** Whether the token at {@code t} is written with a possessive ending ("Biden's", "Rubio'"), which the tokenizer drops. */
    private static boolean possessive(SentenceReading s, int t) {
        String body = s.text().body();
        int at = s.text().tokens().get(t).end();
        return body.startsWith("'s ", at) || body.startsWith("\u2019s ", at) || body.startsWith("' ", at) || body.startsWith("\u2019 ", at);
    }

    /** Whether an elided word that opens an owner ("d'") stands right before token {@code t} ("le refus d'Olaf Scholz"). */
    private static boolean elidedBefore(SentenceReading s, int t) {
        var profile = s.text().lexicon().profile();
        return LanguageProfile.elidedBefore(s.text().body(), s.text().tokens().get(t).start(), profile.elidedOwners()) != null;
    }
}
