package io.newswire.enrich.kb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The controlled vocabularies as kb/README.md lists them: the README stays the one place an editor looks them up. */
final class KbReadme {

    private static final Pattern KEY = Pattern.compile("`([a-z][a-z_-]*)`");

    private KbReadme() {
    }

    /** Tags allowed in the ambiguity column of country-names.tsv: first column of the "Ambiguity tags" table. */
    static Set<String> ambiguityTags() {
        return keysOfTableAfter("Ambiguity tags");
    }

    /** Keys allowed in the role column of roles.tsv: first column of the "Role vocabulary" table. */
    static Set<String> roleKeys() {
        return keysOfTableAfter("Role vocabulary");
    }

    /** Kinds allowed in the cue column of cues-{lang}.tsv: first column of the "Cue kinds" table. */
    static Set<String> cueKinds() {
        return keysOfTableAfter("Cue kinds");
    }

    private static Set<String> keysOfTableAfter(String heading) {
        List<String> lines = TsvFile.text("/kb/README.md").lines().toList();
        int start = 0;
        while (start < lines.size() && !lines.get(start).startsWith(heading)) {
            start++;
        }
        if (start == lines.size()) {
            throw new AssertionError("kb/README.md has no line starting with '" + heading + "'");
        }
        int i = start + 1;
        while (i < lines.size() && !lines.get(i).startsWith("|")) {
            i++;
        }
        Set<String> keys = new LinkedHashSet<>();
        i += 2; // the table's header row and its |---| separator
        for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String firstCell = lines.get(i).split("\\|", -1)[1];
            Matcher key = KEY.matcher(firstCell);
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        if (keys.isEmpty()) {
            throw new AssertionError("kb/README.md: no `key` found in the table after '" + heading + "'");
        }
        return keys;
    }
}
