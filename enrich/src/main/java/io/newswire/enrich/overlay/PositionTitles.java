package io.newswire.enrich.overlay;

import io.newswire.enrich.tagger.kb.KbSource;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.TsvResource;
import io.newswire.enrich.tagger.text.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The role each position title of a Wikidata export stands for (kb/import/position-titles.tsv): the first rule that
 * matches wins; "-" is an office that makes no actor.
 */
public final class PositionTitles {

    static final String FILE = "kb/import/position-titles.tsv";
    private static final String NO_ACTOR = "-";

    private record Rule(boolean exact, String title, String role) {
        boolean matches(String folded) {
            return exact ? folded.equals(title) : folded.startsWith(title);
        }
    }

    private final List<Rule> rules;

    private PositionTitles(List<Rule> rules) {
        this.rules = rules;
    }

    /** The rules of the knowledge files, each role checked against the knowledge base's roles. */
    public static PositionTitles load(KbSource source, KnowledgeBase kb) {
        List<Rule> rules = new ArrayList<>();
        var roles = kb.knownRoles();
        for (TsvResource.Row r : TsvResource.read(source, FILE, "match", "title", "role", "note")) {
            String match = r.get("match");
            if (!match.equals("exact") && !match.equals("prefix")) throw r.problem("match is exact or prefix, not '" + match + "'");
            String role = r.get("role");
            if (!role.equals(NO_ACTOR) && !roles.contains(role)) throw r.problem("role '" + role + "' is not a role of the knowledge base (kb/README.md)");
            if (r.get("title").isEmpty()) throw r.problem("title is empty");
            rules.add(new Rule(match.equals("exact"), Fold.fold(r.get("title")), role));
        }
        return new PositionTitles(List.copyOf(rules));
    }

    /** The role of a position title; empty when no rule matches or the office makes no actor. */
    public Optional<String> role(String title) {
        String folded = Fold.fold(title.trim());
        for (Rule rule : rules) {
            if (rule.matches(folded)) return rule.role().equals(NO_ACTOR) ? Optional.empty() : Optional.of(rule.role());
        }
        return Optional.empty();
    }

    /** Whether a rule matches the title (even one that makes no actor): the others are reported as unknown. */
    public boolean known(String title) {
        String folded = Fold.fold(title.trim());
        return rules.stream().anyMatch(r -> r.matches(folded));
    }
}
