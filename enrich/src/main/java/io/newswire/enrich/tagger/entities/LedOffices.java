package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a past office given by a verb of leading in a relative clause after a name, before a seat that stands for its
 * state ("John Brennan, who led the CIA", "Nom, qui a dirigé la DGSE"): a phrase of the seat family (a state agency's
 * head), past; or before a state's intelligence service named by a common noun ("who led Israel's foreign intelligence
 * service", "qui a dirigé les services de renseignement algériens"): a past intelligence chief of that state. A team, a club or a company led names no seat ("who led Liverpool", "qui dirigeait l'alliance Renault-Nissan").
 */
final class LedOffices {

    static final String ROLE = "agency_chief";        // role-families.tsv: the head of a state agency named by its seat
    static final String SERVICE_ROLE = "intelligence_chief";   // the head of a state's intelligence service named by a common noun
    private static final int VERB_WORDS = 2;          // "qui a dirigé", "who had led": verbs of being between the relative word and the verb
    private static final Set<PersonWords.Kind> LEADING = EnumSet.of(PersonWords.Kind.LEADING);
    private static final Set<PersonWords.Kind> SERVICE = EnumSet.of(PersonWords.Kind.INTELLIGENCE_SERVICE);

    private LedOffices() {
    }

    /** The phrase of a verb of leading starting at token {@code t}, or null: a relative word after a comma before it, a seat after it. */
    static TitlePhrase at(AnalyzedText text, RefIndex refs, Lexicon lex, Sentence s, int t) {
        PersonWords words = lex.personWords();
        int verbEnd = words.endOf(text.tokens(), t, s.endToken(), LEADING);
        if (verbEnd < 0 || !relativeBefore(text, words, s, t)) return null;
        int at = verbEnd;
        if (at < s.endToken() && Gaps.joined(text, at - 1) && words.is(text.tokens(), at, PersonWords.Kind.DETERMINER)) at++;
        if (at >= s.endToken() || !Gaps.joined(text, at - 1)) return null;
        Ref seat = refs.countryAt(at);
        if (seat != null && seat.from() == at && seat.via().equals("seat")) return phrase(text, s, t, verbEnd, seat.to(), seat, ROLE);
        if (seat != null && seat.from() == at && !seat.locative()) {                            // "Israel's foreign intelligence service"
            int service = seat.to() < s.endToken() && Gaps.joined(text, seat.to() - 1) ? serviceEnd(text, words, s, seat.to()) : -1;
            return service < 0 ? null : phrase(text, s, t, verbEnd, service, seat, SERVICE_ROLE);
        }
        int service = serviceEnd(text, words, s, at);                                           // "les services de renseignement algériens"
        Ref after = service < 0 || service >= s.endToken() || !Gaps.joined(text, service - 1) ? null : refs.countryAt(service);
        return after == null || after.from() != service || !after.via().equals("demonym") ? null : phrase(text, s, t, verbEnd, after.to(), after, SERVICE_ROLE);
    }

    private static int serviceEnd(AnalyzedText text, PersonWords words, Sentence s, int at) {
        return words.endOf(text.tokens(), at, s.endToken(), SERVICE);
    }

    private static TitlePhrase phrase(AnalyzedText text, Sentence s, int t, int verbEnd, int end, Ref country, String role) {
        Lexicon.Title title = new Lexicon.Title(role, false, text.surface(t, verbEnd));
        return new TitlePhrase(t, end, t, verbEnd, title, List.of(country), null, true, false, false, false, false, false, null, s.index());
    }

    /** Whether a relative word opening an apposition stands before the verb, with only verbs of being between them. */
    private static boolean relativeBefore(AnalyzedText text, PersonWords words, Sentence s, int verb) {
        for (int t = verb - 1; t > s.firstToken() && verb - t <= VERB_WORDS + 1 && Gaps.inName(text, t); t--) {
            if (words.is(text.tokens(), t, PersonWords.Kind.RELATIVE)) return Gaps.opensApposition(text, t - 1);
            if (!words.is(text.tokens(), t, PersonWords.Kind.COPULA) && !words.is(text.tokens(), t, PersonWords.Kind.COPULA_PAST)) return false;
        }
        return false;
    }
}
