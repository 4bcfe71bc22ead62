package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.text.AnalyzedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The people a plural title introduces, each with the state the phrase gives them: "Deputy Prime Ministers Matteo Salvini
 * and Luigi Di Maio" (no state: the context's), "French and German Finance Ministers Bruno Le Maire and Christian Lindner",
 * "Les ministres des Finances français et allemand, Bruno Le Maire et Christian Lindner" (the demonyms the phrase
 * coordinates, in the order of the names). The names follow the phrase, a comma at most before the first, joined by
 * commas and the language's conjunction; two names at least, and as many states as names when the phrase names several.
 */
final class PluralTitleNames {

    /** A name and its state; null for the context's. */
    record Named(NameScanner.Span span, String country) {
    }

    private PluralTitleNames() {
    }

    static List<Named> of(AnalyzedText text, NameScanner scanner, RefIndex refs, TitlePhrase p) {
        Set<String> conjunctions = text.lexicon().profile().conjunctions();
        List<String> states = new ArrayList<>();
        int after = p.end();
        if (!p.countries().isEmpty()) {
            for (Ref c : p.countries()) states.add(c.country());
            for (int t = p.countries().get(0).from() - 1; t > 0 && conjunctions.contains(text.tokens().get(t).term()); ) {   // "French and German Finance Ministers"
                Ref c = refs.countryAt(t - 1);
                if (c == null || c.to() != t || c.actor() != null) break;
                states.add(0, c.country());
                t = c.from() - 1;
            }
            Ref last = p.countries().get(p.countries().size() - 1);
            for (int t = last.to(); t + 1 < text.tokens().size() && t >= p.end() - 1 && conjunctions.contains(text.tokens().get(t).term()); ) {   // "français et allemand"
                Ref c = refs.countryAt(t + 1);
                if (c == null || c.from() != t + 1 || c.actor() != null) break;
                states.add(c.country());
                t = c.to();
                after = Math.max(after, t);
            }
        }
        int limit = text.sentences().get(p.sentence()).endToken();
        List<NameScanner.Span> names = new ArrayList<>();
        int t = after;
        if (t >= limit || !(Gaps.joined(text, t - 1) || Gaps.comma(text, t - 1))) return List.of();
        while (t < limit) {
            NameScanner.Span name = scanner.forward(scanner.skipHonorifics(t, limit), limit);
            if (name == null) break;
            names.add(name);
            int end = datedAside(text, name.end(), limit);
            if (end < limit && Gaps.comma(text, end - 1) && conjunctions.contains(text.tokens().get(end).term())) {
                t = end + 1;                                                   // "A, in 1919, and B": B closes the list
                NameScanner.Span lastName = scanner.forward(scanner.skipHonorifics(t, limit), limit);
                if (lastName != null) names.add(lastName);
                break;
            } else if (end < limit && Gaps.comma(text, end - 1)) {
                t = end;                                                       // "A, B and C"
            } else if (end + 1 < limit && Gaps.joined(text, end - 1) && conjunctions.contains(text.tokens().get(end).term())) {
                t = end + 1;                                                   // "A and B": B closes the list
                NameScanner.Span lastName = scanner.forward(scanner.skipHonorifics(t, limit), limit);
                if (lastName != null) names.add(lastName);
                break;
            } else {
                break;
            }
        }
        if (names.size() < 2 || (states.size() > 1 && states.size() != names.size())) return List.of();
        List<Named> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) out.add(new Named(names.get(i), states.isEmpty() ? null : states.get(states.size() == 1 ? 0 : i)));
        return out;
    }

    /**
     * The end of a year set off by commas after a name, with the one lower-case word that leads it ("Theodore
     * Roosevelt, in 1906, Woodrow Wilson", "Nixon, en 1972, et"): the list goes on after it; else {@code end}.
     */
    private static int datedAside(AnalyzedText text, int end, int limit) {
        if (end + 2 >= limit || !Gaps.comma(text, end - 1)) return end;
        if (text.tokens().get(end).capitalized() || !Gaps.joined(text, end)) return end;
        if (!PastYear.isYear(text.tokens().get(end + 1)) || !Gaps.comma(text, end + 1)) return end;
        return end + 2;
    }
}
