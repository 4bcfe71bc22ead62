package io.newswire.enrich.tagger.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A role that makes a person an actor when wire copy names them with a role phrase (kb/lexicon/role-families.tsv).
 *
 * @param role    the role key (ambassador)
 * @param family  the kind of office (diplomat)
 * @param country where the actor's country comes from when the phrase names none
 */
public record RoleFamily(String role, String family, CountryRule country) {

    /** The {@code country} column. */
    public enum CountryRule {
        /** The phrase must name the country ("Russia's ambassador"). */
        STATED,
        /** The nearest country named before stands in ("Interior Minister Nancy Faeser", after "Germany"). */
        CONTEXT,
        /** As context, and a name other than a country may qualify the title: a city, a region, a party ("Istanbul Mayor", "governor of the Kursk region"). */
        QUALIFIED,
        /** Only a seat that stands for its state names it ("CIA Director", "le directeur de la CIA"); a demonym alone does not ("Iranian director Jafar Panahi"). */
        SEAT,
        /** Only a place of office-places.tsv that qualifies the title names it ("Chief Executive of Hong Kong": the territory's sovereign); a company does not ("HSBC chief executive"). */
        PLACE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<CountryRule> find(String name) {
            return Arrays.stream(values()).filter(k -> k.wireName().equals(name)).findFirst();
        }

        static String known() {
            return Arrays.stream(values()).map(CountryRule::wireName).collect(Collectors.joining(", "));
        }
    }
}
