package io.newswire.schemas;

/**
 * Where an event's date came from ({@code Event.dateSource} on the wire, a string for compatibility). The tagger
 * sets the first four; enrich sets {@link #UNTRUSTED} on an event whose date it cannot believe, and such an event
 * counts nowhere downstream.
 */
public enum DateSource {
    /** Written in the text: "21 février", "on Feb. 21". */
    EXPLICIT("explicit"),
    /** A weekday: the latest such day on or before the reference date. */
    WEEKDAY("weekday"),
    /** Relative to the reference date: "hier", "yesterday". */
    RELATIVE("relative"),
    /** No date in the text: the reference date itself. */
    DISPATCH("dispatch"),
    /** More than dates.max.ahead.hours after the dispatch was received, or before dates.earliest. */
    UNTRUSTED("untrusted");

    private final String wireName;

    DateSource(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean is(CharSequence value) {
        return value != null && wireName.contentEquals(value);
    }

    public static DateSource of(String wireName) {
        return Vocabulary.of(values(), DateSource::wireName, wireName, "date source");
    }
}
