package io.newswire.aggregate;

/** An unordered pair of countries, written with its alpha-3 codes in alphabetical order: {@code RUS-TUR}. */
public record CountryPair(String first, String second) {

    public CountryPair {
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("A pair is two different countries in alphabetical order, not " + first + "-" + second);
        }
    }

    /** The pair of two countries, in either order. */
    public static CountryPair of(String one, String other) {
        return one.compareTo(other) < 0 ? new CountryPair(one, other) : new CountryPair(other, one);
    }

    /** Reads a key such as {@code RUS-TUR}. */
    public static CountryPair parse(String key) {
        int dash = key.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("Not a country pair: " + key);
        }
        return of(key.substring(0, dash), key.substring(dash + 1));
    }

    public String key() {
        return first + "-" + second;
    }

    public boolean involves(String country) {
        return first.equals(country) || second.equals(country);
    }

    /** The other country of the pair. */
    public String partnerOf(String country) {
        return first.equals(country) ? second : first;
    }

    @Override
    public String toString() {
        return key();
    }
}
