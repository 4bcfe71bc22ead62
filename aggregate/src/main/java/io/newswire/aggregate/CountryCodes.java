package io.newswire.aggregate;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The ISO 3166-1 alpha-3 codes the API accepts: the JDK's list plus XKX (Kosovo, user-assigned). */
public final class CountryCodes {
    private static final Pattern THREE_CAPITALS = Pattern.compile("[A-Z]{3}");
    private static final Set<String> KNOWN = known();

    private CountryCodes() {
    }

    /** The code itself when it is a known alpha-3 code; otherwise an exception whose message says what is wrong. */
    public static String require(String code) {
        if (code == null || !THREE_CAPITALS.matcher(code).matches()) {
            throw new IllegalArgumentException("Country code must be three capital letters A-Z (ISO 3166-1 alpha-3, e.g. RUS), not '" + code + "'");
        }
        if (!KNOWN.contains(code)) {
            throw new IllegalArgumentException("Unknown ISO 3166-1 alpha-3 country code: " + code);
        }
        return code;
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    private static Set<String> known() {
        Set<String> codes = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        codes.add("XKX");
        return Set.copyOf(codes);
    }
}
