package io.newswire.enrich.tagger.events;

/** How far, in tokens, the rules look from a trigger or a cue: every window in one place. */
final class Reach {

    /** Around a summit trigger, where its venue or who is to meet is named ("un sommet ... à Istanbul"). */
    static final int SUMMIT = 8;
    /** After an adjacent WITH cue, where its party stands ("to U.S. President Trump"); after a summit, where a WITH adds parties. */
    static final int ADJACENT = 3;
    /** Right next to the trigger: "un sommet à trois", "une rencontre entre", a "between" of another event. */
    static final int NEXT = 1;
    /** After a topic cue, where what the parties talk about stands ("à propos de la Syrie"). */
    static final int TOPIC = 2;

    private Reach() {
    }
}
