package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.Actor;
import io.newswire.enrich.tagger.kb.Lexicon;

import java.util.List;

/**
 * A role title with what stands around it in the sentence: "the former U.S. ambassador to the United Nations",
 * "le ministre polonais de la Défense", "Raisi's deputy chief of staff for political affairs", "Istanbul Mayor".
 *
 * @param start       first token of the phrase (its determiner, "former", modifiers, country, possessor or qualifier)
 * @param end         one past its last token (the country, "of X" or complement after the title)
 * @param titleStart  first token of the title itself
 * @param titleEnd    one past the title's last token (a demonym inside it included)
 * @param title       the title
 * @param countries   the countries the phrase names as the office's: before the title, inside it, or after it ("of Turkey")
 * @param possessor   the person whose office it is ("Raisi's deputy chief of staff"), or null
 * @param former      whether a past office ("former", "l'ancien")
 * @param determiner  whether a determiner opens it ("the ambassador", "l'ambassadeur")
 * @param qualified   whether a name other than a country stands before the title or after "of" ("Istanbul Mayor", "president of the committee")
 * @param nonState    whether a word makes it a club's, a company's or a rebel group's office ("club president", "président du comité")
 * @param organisation whether the office is an organisation's ("envoy of the United Nations")
 * @param generic     whether the phrase names a kind of holder, not the holder of the day ("the first female vice president")
 * @param placeCountry the country of the place that qualifies the title ("Ohio Governor", "maire de Montréal"), or null
 * @param sentence    sentence index
 */
public record TitlePhrase(int start, int end, int titleStart, int titleEnd, Lexicon.Title title, List<Ref> countries,
                          Actor possessor, boolean former, boolean determiner, boolean qualified, boolean nonState,
                          boolean organisation, boolean generic, String placeCountry, int sentence) {

    /** The first country the phrase names, or null. */
    public Ref country() {
        return countries.isEmpty() ? null : countries.get(0);
    }
}
