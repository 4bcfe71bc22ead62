package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.enrich.tagger.text.TokenTrie;

import java.util.List;

/**
 * Meeting nouns that name no meeting between the sides around them, as published articles use them: a title's
 * portfolio ("the special envoy for Ukraine negotiations", "le ministre chargé des négociations"), a body's name ("the
 * summit organising committee"), a group's gathering ("depuis le sommet de l'Otan de Madrid"), the setting of another
 * act ("At the summit, Uribe accused Correa...") and a gathering attended ("attended a summit with Macron").
 */
final class NounsNamingNoMeeting {

    private final KnowledgeBase kb;

    NounsNamingNoMeeting(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Whether the trigger names neither a meeting nor a summit: a title's portfolio or a body's name. */
    boolean aName(SentenceReading s, CueIndex.TriggerAt trigger) {
        return trigger.trigger().noun() && (inATitle(s, trigger) || aBody(s, trigger));
    }

    /**
     * Whether the trigger names no meeting held between the sides the sentence names around it: a name, a group's
     * gathering, the setting of another act, or a gathering attended.
     */
    boolean noMeetingHeld(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (aName(s, trigger)) return true;
        if (attendedGathering(s, trigger)) return true;       // "will attend the G20 summit hosted by Lula": no meeting with the host
        if (!trigger.trigger().noun() || trigger.trigger().frame() != TriggerFrame.SUMMIT) return false;
        if (MeetingSides.theOccasion(s, trigger)) return false;      // "held a bilateral on the sidelines of the NATO summit": held at it
        if (attended(s, trigger)) return FrameReader.betweenOf(s, trigger) == null;
        return !MeetingSides.namesItsSides(s, trigger) && (aGathering(s, trigger) || aSetting(s, trigger));
    }

    /**
     * "the U.S. special envoy for Ukraine negotiations", "le ministre chargé des négociations avec l'UE": the noun is the
     * portfolio a title's complement gives ("for", "chargé de"), with nothing but its links and the states it names
     * between; a place's complement ("the envoy at the talks") does not make a portfolio.
     */
    private boolean inATitle(SentenceReading s, CueIndex.TriggerAt trigger) {
        return portfolioStart(s, trigger) >= 0;
    }

    /** The token of the title's complement word that makes the noun a portfolio, or -1. */
    private int portfolioStart(SentenceReading s, CueIndex.TriggerAt trigger) {
        AnalyzedText text = s.text();
        Lexicon lex = text.lexicon();
        List<Token> tokens = text.tokens();
        int from = Math.max(s.clauses().segmentStart(trigger.start()), trigger.start() - Reach.PORTFOLIO);
        for (int c = trigger.start() - 1; c > from; c--) {
            if (!lex.personWords().is(tokens, c, PersonWords.Kind.COMPLEMENT)) {
                if (kb.functionWords().containsKey(tokens.get(c).term()) || lex.profile().titleLinks().contains(tokens.get(c).term()) || inAReference(s, c)) continue;
                return -1;
            }
            // the portfolio is a phrase of its own ("pour les négociations"): a word right before the noun is no complement ("a rencontré")
            if (c == trigger.start() - 1 || s.cues().startingAt(c, CueKind.LOCATIVE) != null) return -1;
            return titleEndsAt(s, c) ? c : -1;
        }
        return -1;
    }

    /**
     * "L'émissaire américain pour les négociations sur l'Ukraine, Kurt Volker, a rencontré...": a state named in a
     * title's portfolio, up to the comma that closes the title, is what the office deals with, not a side.
     */
    void dropPortfolioStates(SentenceReading s, MeetingSides sides) {
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (!t.trigger().noun()) continue;
            int start = portfolioStart(s, t);
            if (start < 0) continue;
            int end = commaAfter(s, t.end());
            sides.sides.values().removeIf(side -> side.ref() != null && side.ref().from() > start && side.ref().from() < end);
        }
    }

    /** The first token after a comma at or after {@code from}, or the sentence's end: where a title in apposition closes. */
    private static int commaAfter(SentenceReading s, int from) {
        List<Token> tokens = s.text().tokens();
        for (int t = Math.max(from, s.sentence().firstToken() + 1); t < s.sentence().endToken(); t++) {
            if (s.text().body().substring(tokens.get(t - 1).end(), tokens.get(t).start()).contains(",")) return t;
        }
        return s.sentence().endToken();
    }

    /** Whether a title ends right before token {@code at}, a demonym after it aside ("l'émissaire américain pour"). */
    private static boolean titleEndsAt(SentenceReading s, int complement) {
        AnalyzedText text = s.text();
        int at = complement;
        while (at - 1 > s.sentence().firstToken() && inADemonym(s, at - 1) && !text.lexicon().cueEndsAt(text, at, CueKind.OFFICIALS, Reach.OFFICIALS)) at--;
        if (text.lexicon().cueEndsAt(text, at, CueKind.OFFICIALS, Reach.OFFICIALS)) return true;     // "envoy for", "émissaire pour"
        for (int from = Math.max(s.sentence().firstToken(), at - Reach.OFFICIALS); from < at; from++) {
            TokenTrie.Match<Lexicon.Title> m = text.lexicon().titles().longestAt(text.tokens(), from, at);
            if (m != null && m.end() == at) return true;
        }
        return false;
    }

    private static boolean inADemonym(SentenceReading s, int t) {
        for (Ref r : s.here()) if ("demonym".equals(r.via()) && r.from() <= t && t < r.to()) return true;
        return false;
    }

    private static boolean inAReference(SentenceReading s, int t) {
        for (Ref r : s.here()) if (r.from() <= t && t < r.to()) return true;
        return false;
    }

    /**
     * "the summit organising committee", "le comité d'organisation du sommet": a body named after the meeting, right
     * after the noun or right before it through a link word.
     */
    private static boolean aBody(SentenceReading s, CueIndex.TriggerAt trigger) {
        CueIndex.At after = s.cues().after(CueKind.BODY, trigger.end(), Reach.NEXT);
        if (after != null && s.clauses().together(trigger.start(), after.start()) && !s.cues().triggerWithin(trigger.end(), after.start())) return true;
        CueIndex.At before = s.cues().before(CueKind.BODY, trigger.start(), Reach.NAME);
        if (before == null || s.cues().triggerWithin(before.end(), trigger.start())) return false;
        String link = s.text().tokens().get(trigger.start() - 1).term();
        return s.text().lexicon().profile().titleLinks().contains(link);
    }

    /**
     * "Ankara bloquait la candidature suédoise depuis le sommet de l'Otan de Madrid", "the G20 summit in Bali": a group's
     * gathering, whoever the sentence names around it, unless a state named right after the group joins it to another
     * ("the EU-China summit"); its host city is no such state ("du sommet du G20 de Pékin").
     */
    static boolean aGathering(SentenceReading s, CueIndex.TriggerAt trigger) {
        CueIndex.At group = s.cues().beside(CueKind.GATHERING, trigger.start(), trigger.end(), Reach.ADJACENT);
        if (group == null) return false;
        return s.here().stream().noneMatch(r -> r.actor() == null && r.country() != null && !"capital".equals(r.via()) && !FrameReader.isVenue(r, s.cues(), s.here())
                && r.from() >= group.end() && r.from() - group.end() <= Reach.ADJACENT);
    }

    /**
     * "At the summit, Uribe accused Correa's government...": a summit that opens the sentence as the place of another
     * act, no summit told before it, is the setting; who acts there did not meet for it.
     */
    private static boolean aSetting(SentenceReading s, CueIndex.TriggerAt trigger) {
        CueIndex.At at = s.cues().before(CueKind.LOCATIVE, trigger.start(), Reach.NEXT);
        if (at == null || !opensTheSentence(s, at.start())) return false;
        int segmentEnd = s.clauses().segmentEnd(trigger.start());
        return segmentEnd < s.sentence().endToken() && s.here().stream().noneMatch(r -> r.from() < segmentEnd && r.from() > trigger.end() && r.country() != null);
    }

    /** Whether the phrase at token {@code t} opens the sentence, after its dateline if any ("LIMA, June 3 - At the summit, ..."). */
    static boolean opensTheSentence(SentenceReading s, int t) {
        int first = s.sentence().firstToken();
        if (t == first) return true;
        if (s.cues().triggerWithin(first, t)) return false;
        List<Token> tokens = s.text().tokens();
        String gap = s.text().body().substring(tokens.get(t - 1).end(), tokens.get(t).start());
        return gap.contains("-") || gap.contains("\u2013") || gap.contains("\u2014");
    }

    /** "a week after he attended a summit with Macron": who attended a gathering with another did not meet him for it. */
    private static boolean attended(SentenceReading s, CueIndex.TriggerAt trigger) {
        CueIndex.At attendance = s.cues().before(CueKind.ATTENDANCE, trigger.start(), Reach.ADJACENT);
        return attendance != null && s.clauses().together(attendance.start(), trigger.start());
    }

    /**
     * "will attend the Group of 20 summit hosted by Lula", "participerait au sommet des dirigeants organisé à Belém par
     * Lula": a summit noun that a word of attendance governs (in its clause, no other trigger between), or a host verb
     * right after such a noun, with no partner of its own ("with", "between"): taking part in another's gathering puts no
     * summit to its host.
     */
    static boolean attendedGathering(SentenceReading s, CueIndex.TriggerAt trigger) {
        CueIndex.TriggerAt noun = trigger;
        if (!trigger.trigger().noun()) {
            if (trigger.trigger().frame() != TriggerFrame.HOST) return false;
            noun = null;
            // "summit hosted by", "the summit of leaders hosted by": the last trigger before it, a few words at most
            for (CueIndex.TriggerAt t : s.cues().triggers()) if (t.type() != null && t.end() <= trigger.start()) noun = t;
            if (noun != null && (!noun.trigger().noun() || trigger.start() - noun.end() > Reach.SUMMIT)) noun = null;
            if (noun == null) return false;
        }
        if (noun.trigger().frame() != TriggerFrame.SUMMIT) return false;
        CueIndex.At attendance = s.cues().before(CueKind.ATTENDANCE, noun.start(), Reach.SUMMIT);
        if (attendance == null || !s.clauses().together(attendance.start(), noun.start()) || s.cues().triggerWithin(attendance.end(), noun.start())) return false;
        if (FrameReader.betweenOf(s, noun) != null) return false;
        int end = s.clauses().segmentEnd(trigger.end());
        return s.cues().within(CueKind.WITH, noun.end(), end).isEmpty();
    }

    /**
     * "a invité Bachar al-Assad au sommet de la Ligue arabe": a verb whose meeting is a group's gathering named after it in
     * its clause; taking part in it puts no summit to another state.
     */
    static boolean toAGathering(SentenceReading s, CueIndex.TriggerAt verb) {
        if (verb.trigger().noun()) return false;
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.start() < verb.end() || t.start() - verb.end() > Reach.SUMMIT) continue;
            if (!t.trigger().noun() || t.trigger().frame() != TriggerFrame.SUMMIT || !s.clauses().together(verb.start(), t.start())) continue;
            // "devrait rencontrer Xi Jinping en marge du sommet de l'APEC": the gathering is the occasion of the verb's meeting
            if (!s.cues().within(CueKind.OCCASION, verb.end(), t.start()).isEmpty()) return false;
            if (aGathering(s, t)) return true;
        }
        return false;
    }
}
