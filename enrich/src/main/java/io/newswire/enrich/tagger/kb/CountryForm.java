package io.newswire.enrich.tagger.kb;

/**
 * One way the text can refer to a country: a name, demonym, capital, seat of power or institution.
 *
 * @param code          alpha-3 code of the country referred to
 * @param lang          language of the form (en, fr, de, ...)
 * @param kind          name, demonym, capital, seat or institution (becomes Mention.via)
 * @param form          the form as written in the knowledge base
 * @param caseSensitive whether the text must show the same capitals (US, Turkey)
 * @param ambiguity     free ambiguity class from the knowledge base (first_name, us_state, ...), may be empty
 */
public record CountryForm(String code, String lang, String kind, String form, boolean caseSensitive, String ambiguity) {

    public boolean isPlaceName() {
        return kind.equals("capital") || kind.equals("city");
    }
}
