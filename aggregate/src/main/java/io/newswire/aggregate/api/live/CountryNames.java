package io.newswire.aggregate.api.live;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** English short names of ISO 3166-1 alpha-3 codes, from the JDK's list (plus Kosovo), for what the stream shows. */
final class CountryNames {
    private static final Map<String, String> NAMES = names();

    private CountryNames() {
    }

    /** The English name, or the code itself when the JDK does not know it. */
    static String of(String alpha3) {
        return NAMES.getOrDefault(alpha3, alpha3);
    }

    /** Every code with its name, by code. */
    static Map<String, String> all() {
        return new java.util.TreeMap<>(NAMES);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            names.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
        }
        names.put("XKX", "Kosovo");
        return Map.copyOf(names);
    }
}
