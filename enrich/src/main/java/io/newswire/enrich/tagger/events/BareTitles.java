package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * What a bare title ("the president", "le chef de l'Etat") stands for. After a person was named in the sentences before
 * ("Kenyan President William Ruto arrived ... On Thursday the president held talks with Joe Biden"), that person, as
 * "he" would ({@link PreviousSubject}). With nobody named before, an official readout names its own principal ("The
 * President spoke today with...", "Le chef de l'Etat a reçu..."): the title stands for the issuing state, the office
 * that speaks in the sentence ("the State Department said", "a indiqué l'Elysée"), else the dateline's ("PARIS, 6 mai -").
 */
final class BareTitles {

    private BareTitles() {
    }

    /** A reference for each bare title of the sentence: the issuing state's first, then the persons named before. */
    static List<Ref> of(AnalyzedText text, Sentence s, CueIndex cues, List<Ref> here, List<Ref> refs) {
        List<Ref> issuers = new ArrayList<>();
        List<Ref> persons = new ArrayList<>();
        for (CueIndex.At title : cues.all(CueKind.ISSUER_TITLE)) {
            if (qualified(text, title, here)) continue;
            if (!someoneNamedBefore(title, refs, here)) {
                String issuer = issuer(text, cues, here, refs, title);
                if (issuer != null) issuers.add(new Ref(title.start(), title.end(), issuer, null, "issuer", s.index(), false));
            }
            if (here.stream().anyMatch(r -> r.from() < title.start())) continue;
            for (Ref r : PreviousSubject.of(text, refs, s.index())) {
                if (r.country() != null) persons.add(new Ref(title.start(), title.end(), r.country(), r.actor(), "coreference", s.index(), false));
            }
        }
        issuers.addAll(persons);
        return issuers;
    }

    /**
     * "The President of Russia", "the president, Emmanuel Macron": the title has its own state or name; "the president of
     * the European Commission", "le président du Conseil européen": it is another office's.
     */
    private static boolean qualified(AnalyzedText text, CueIndex.At title, List<Ref> here) {
        for (Ref r : here) if (r.to() > title.start() && r.from() <= title.end() + 1) return true;
        return title.end() < text.tokens().size() && text.lexicon().profile().titleLinks().contains(text.tokens().get(title.end()).term());
    }

    /**
     * A person named before the title: the title may stand for that one, not for the issuer's; unless that person's state
     * is the other side the sentence names after the title ("Entretien téléphonique avec le président de la République
     * islamique d'Iran. Le Président de la République s'est entretenu ce jour avec M. Ebrahim Raïssi": a state does not
     * talk with itself, the title is the issuer's).
     */
    private static boolean someoneNamedBefore(CueIndex.At title, List<Ref> refs, List<Ref> here) {
        for (Ref r : refs) if (r.actor() != null && r.from() < title.start() && !namedAfter(r.country(), title, here)) return true;
        return false;
    }

    private static boolean namedAfter(String country, CueIndex.At title, List<Ref> here) {
        if (country == null) return false;
        for (Ref r : here) if (r.from() >= title.end() && country.equals(r.country())) return true;
        return false;
    }

    /**
     * The office that speaks in the sentence (a seat or an institution, not a place), else the dateline's state; unless the
     * sentence names the dateline's state after the title ("TEL AVIV - Le chef de l'Etat s'est entretenu, à son arrivée en
     * Israël", "ROME - ... avec la présidente du Conseil italien"): the principal travelled there, and the readout's
     * office is the first seat the dispatch names ("a précisé l'Elysée"), if it names one.
     */
    private static String issuer(AnalyzedText text, CueIndex cues, List<Ref> here, List<Ref> refs, CueIndex.At title) {
        String office = officeHere(cues, here);
        if (office != null) return office;
        String dateline = Dateline.country(text, refs);
        if (dateline == null || !namedAfter(dateline, title, here)) return dateline;
        String seat = OwnerlessHeading.seatOfTheDispatch(refs);
        return seat != null ? seat : dateline;
    }

    /** The office that speaks in the sentence: a seat or an institution, not a place; null when none. */
    static String officeHere(CueIndex cues, List<Ref> here) {
        for (Ref r : here) {
            if (r.country() != null && (r.via().equals("seat") || r.via().equals("institution")) && !FrameReader.isVenue(r, cues, here)) return r.country();
        }
        return null;
    }
}
