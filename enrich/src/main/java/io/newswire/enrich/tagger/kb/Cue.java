package io.newswire.enrich.tagger.kb;

import io.newswire.schemas.EventStatus;

/**
 * A lexicon phrase that changes how a sentence is read: a denial, a planning cue, a status, a sponsor, a plural
 * anaphor, a sport context, a locative preposition... (cues-{lang}.tsv).
 *
 * @param kind  what the cue says
 * @param value the value its kind takes (checked on loading): a status, a number of states, "adjacent", or "-"
 * @param form  the phrase as written in the lexicon, or as a verb ending gives it ("négocie" from "négocient")
 * @param generated whether the form is one a verb ending gave, not a line of the lexicon: it agrees with the text on its
 *                  accented ending ("négocie" is no reading of the participle "négocié"), where a written form is read folded
 */
public record Cue(CueKind kind, String value, String form, boolean generated) {

    /** A cue as a lexicon line writes it. */
    public Cue(CueKind kind, String value, String form) {
        this(kind, value, form, false);
    }

    /** The status a status cue sets ("violated"). */
    public EventStatus status() {
        return EventStatus.of(value);
    }

    /** The number of states a MULTILATERAL or ANAPHOR cue says ("à trois": 3, "the four leaders": 4), 0 when it does not say. */
    public int size() {
        return value.equals("-") ? 0 : Integer.parseInt(value);
    }

    /** Whether a clause cue opens a clause only after a comma (", and", ", as"). */
    public boolean afterComma() {
        return value.equals("after_comma");
    }

    /** Whether a clause cue opens a phrase of time or place whose meeting takes its clause's tense ("during", "lors de"). */
    public boolean phrase() {
        return value.equals("phrase");
    }

    /** Whether a clause cue opens a clause that may undo what the clause before tells ("but", "mais"). */
    public boolean contrast() {
        return value.equals("contrast");
    }

    /** Whether a clause cue opens what a verb says or denies ("that", "que"): it runs past commas to the end. */
    public boolean report() {
        return value.equals("report");
    }

    /** Whether a condition cue is a bare "if": it leaves an offer an offer. */
    public boolean weak() {
        return value.equals("weak");
    }

    /**
     * Whether a condition cue is a reservation ("in principle", "sur le principe"): it makes an acceptance conditional only
     * when the sentence goes on with a contrast that sets a demand or a condition ("agreed in principle ..., but that it
     * must lead to a lasting peace"); alone it leaves the acceptance as it is ("agrees to one in principle").
     */
    public boolean reserved() {
        return value.equals("reserved");
    }

    /**
     * Whether a condition cue sets a condition only on an event whose existence a bare negation denies ("there would be no
     * meeting with Erdogan until Turkish troops leave"); elsewhere it tells a time ("talks will go on until Friday").
     */
    public boolean onDenialOnly() {
        return value.equals("denial");
    }

    /** Whether a condition cue waives every condition ("without preconditions"): a plan said so is an offer. */
    public boolean waived() {
        return value.equals("waived");
    }

    /** Whether a WITH cue needs its party right after it ("to U.S. President Trump"). */
    public boolean adjacent() {
        return value.equals("adjacent");
    }
}
