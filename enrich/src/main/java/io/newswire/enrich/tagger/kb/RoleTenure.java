package io.newswire.enrich.tagger.kb;

import java.time.LocalDate;

/** A role held by an actor for a country between two dates (to == null: still in office). */
public record RoleTenure(String actorId, String country, String role, LocalDate from, LocalDate to) {

    public boolean heldOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }
}
