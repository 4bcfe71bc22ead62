package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.text.OffsetTokenizer;

import java.util.List;

/**
 * The id of a person the knowledge base does not know: the name's folded words joined by hyphens
 * ("Władysław Kosiniak-Kamysz": wladyslaw-kosiniak-kamysz), the same in every dispatch and as the knowledge base's own ids.
 */
public final class ActorIds {

    private ActorIds() {
    }

    /** The id of a name as the tokenizer reads it. */
    public static String of(OffsetTokenizer tokenizer, String name) {
        return of(List.of(tokenizer.terms(name)));
    }

    /** The id of a name's folded words. */
    public static String of(List<String> terms) {
        StringBuilder b = new StringBuilder();
        for (String term : terms) {
            boolean dash = b.length() > 0;
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    if (dash) b.append('-');
                    b.append(c);
                    dash = false;
                } else if (b.length() > 0) {
                    dash = true;
                }
            }
        }
        return b.toString();
    }
}
