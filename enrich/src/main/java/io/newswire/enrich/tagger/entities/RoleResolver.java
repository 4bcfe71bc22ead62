package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.Actor;
import io.newswire.enrich.tagger.kb.ActorDirectory;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.LanguageProfile;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.kb.RoleTenure;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Fold;
import io.newswire.enrich.tagger.text.Sentence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Resolves role phrases to the person in office on the reference date: "le président russe", "the Turkish
 * president", "les présidents russe et turc", "President of France", "son homologue turc" (the counterpart of the
 * last actor named, in the role that actor held).
 */
public final class RoleResolver {

    private static final int NAME_REACH = 3;     // tokens after a title where the name says who ("President Recep Tayyip Erdogan")
    private static final int LINK_WORDS = 2;     // small words between a title and its country ("president of the", "président de la")

    private static final String COUNTERPART = "counterpart";
    private static final Set<String> GENERIC_ROLES = Set.of("leader", "head_of_state", "head_of_government");
    private static final Set<PersonWords.Kind> COMPANY_OFFICE = EnumSet.of(PersonWords.Kind.COMPANY_OFFICE);
    private static final int COMPANY_SENTENCES = 1;   // "Son administrateur délégué, Nom, a assuré ... . Le dirigeant italien a précisé": the sentences before a leader phrase a company's office may stand in
    private static final int INCOMING_DAYS = 120;   // "the new president": a handover within four months after an election, a holder in office for less than that

    public RoleResolver() {
    }

    /** The people the role phrases stand for; phrases that name someone, a past office ("l'ancien président") or a kind of holder ("the first female vice president") stand for no holder. */
    List<Ref> find(AnalyzedText text, ActorDirectory people, List<TitlePhrase> phrases, List<Ref> countryRefs, List<Ref> actorRefs, Map<String, StatedRole> stated) {
        List<Ref> out = new ArrayList<>();
        if (text.lexicon() == null) return out;
        for (TitlePhrase p : phrases) {
            if (p.former() || p.generic() || namedRightAfter(p.titleEnd(), actorRefs)) continue;     // "President Recep Tayyip Erdogan": the name says who
            if (officeOfTheNameBefore(text, p, actorRefs)) continue;             // "endorsed Joe Biden as president of the United States": his office to be
            if (predicate(text, p)) continue;                                    // "un élu devenu président des Etats-Unis": what the subject is, no holder named
            if (p.title().role().equals(KnowledgeBase.LEADER) && !p.title().plural() && afterCompanyOffice(text, p)) continue;   // "Son administrateur délégué, Nom ... Le dirigeant italien": the company's chief again
            Lexicon.Title title = p.title();
            List<Ref> countries = countriesOf(text, p, countryRefs);
            if (countries.isEmpty() && !title.plural()) {
                Ref bySurname = holderBySurname(text, people, p, countryRefs, actorRefs);   // "Vice President Pence"
                if (bySurname != null) {
                    out.add(bySurname);
                    continue;
                }
            }
            if (title.plural() && countries.size() == 1 && !joinedBefore(text, countries.get(0))) continue;   // "Palestinian leaders", "his German counterparts": several of one state, no one holder
            for (Ref country : countries) {
                String role = title.role();
                if (role.equals(COUNTERPART)) role = lastRole(text, people, p.titleStart(), actorRefs, out, stated);
                if (role == null) continue;
                java.time.LocalDate then = PastYear.fronted(text, p.sentence(), p.start());   // "In 2009, ... to become the United States Secretary of State": that year's holder
                Actor actor = then == null ? holder(people, country.country(), role, text, actorRefs)
                        : people.holders(country.country(), role, then).stream().findFirst().orElse(null);
                if (actor == null) continue;
                if (incoming(text, p)) {
                    Actor next = incomingHolder(people, actor, country.country(), role, text.referenceDate());
                    if (next != null) actor = next;                     // "le nouveau président français" a week before the handover: the president-elect
                }
                int from = Math.min(p.titleStart(), country.from());
                int to = Math.max(p.titleEnd(), country.to());
                out.add(new Ref(from, to, country.country(), actor, "role", p.sentence(), false));
            }
        }
        return out;
    }

    /**
     * Whether a company's office (person-words kind {@code company_office}: "chief executive", "administrateur délégué",
     * "PDG") stands before a singular leader phrase, in its sentence or the one before: the phrase names that company's
     * chief again by his nationality ("Son administrateur délégué, Andrea Orcel, ... Le dirigeant italien"), not the
     * state's leader.
     */
    private static boolean afterCompanyOffice(AnalyzedText text, TitlePhrase p) {
        int first = text.sentences().get(Math.max(0, p.sentence() - COMPANY_SENTENCES)).firstToken();
        PersonWords words = text.lexicon().personWords();
        for (int t = first; t < p.titleStart(); t++) {
            if (words.endOf(text.tokens(), t, p.titleStart(), COMPANY_OFFICE) >= 0) return true;
        }
        return false;
    }

    /** Words after a title that may say its holder is new: a hyphen and "elect" ("the U.S. president-elect"). */
    private static final int INCOMING_AFTER = 2;

    /**
     * Whether a word before the title says the holder is new ("the new British prime minister", "le nouveau président
     * français"), or one right after it ("the U.S. president-elect").
     */
    private static boolean incoming(AnalyzedText text, TitlePhrase p) {
        for (int t = p.start(); t < p.titleStart(); t++) if (text.lexicon().personWords().is(text.tokens(), t, PersonWords.Kind.INCOMING)) return true;
        int end = Math.min(text.tokens().size(), p.titleEnd() + INCOMING_AFTER);
        for (int t = p.titleEnd(); t < end; t++) if (text.lexicon().personWords().is(text.tokens(), t, PersonWords.Kind.INCOMING)) return true;
        return false;
    }

    /**
     * For a new holder, the one who takes the office within {@code INCOMING_DAYS} after the dispatch, when the holder of the day
     * has held it longer than that (an election won, the handover to come); null when the holder of the day is the new one.
     */
    private static Actor incomingHolder(ActorDirectory people, Actor current, String country, String role, java.time.LocalDate date) {
        if (date == null || GENERIC_ROLES.contains(role)) return null;          // "the new Ukrainian leader": the office the leader holds is read elsewhere
        for (RoleTenure t : people.tenuresOf(current.id())) {
            if (t.country().equals(country) && t.heldOn(date) && t.from() != null && t.from().isAfter(date.minusDays(INCOMING_DAYS))) return null;
        }
        for (Actor next : people.holders(country, role, date.plusDays(INCOMING_DAYS))) if (!next.id().equals(current.id())) return next;
        return null;
    }

    /** The holder of the role; for a generic role ("le dirigeant"), the holder the dispatch also names, if any. */
    private static Actor holder(ActorDirectory people, String country, String role, AnalyzedText text, List<Ref> actorRefs) {
        List<Actor> holders = people.holders(country, role, text.referenceDate());
        if (holders.isEmpty()) return null;
        for (Actor a : holders) {
            for (Ref r : actorRefs) if (r.actor() == a) return a;
        }
        return holders.get(0);
    }

    /**
     * Whether the phrase follows a person's name and the office's frame ("Joe Biden as president", the post word of
     * person-words): the office that person holds or is to hold, not a mention of the holder of the day.
     */
    private static boolean officeOfTheNameBefore(AnalyzedText text, TitlePhrase p, List<Ref> actorRefs) {
        int post = p.start() - 1;
        if (post <= 0 || !Gaps.joined(text, post - 1) || !Gaps.joined(text, post)
                || !text.lexicon().personWords().is(text.tokens(), post, PersonWords.Kind.POST)) return false;
        for (Ref a : actorRefs) if (a.actor() != null && a.to() == post && a.sentence() == p.sentence()) return true;
        return false;
    }

    /** A bare title right after a verb of being ("devenu président des Etats-Unis", "est Premier ministre"): the subject's office, not its holder of the day. */
    private static boolean predicate(AnalyzedText text, TitlePhrase p) {
        int before = p.start() - 1;
        if (p.determiner() || p.possessor() != null || before < 0 || !Gaps.joined(text, before)) return false;
        PersonWords words = text.lexicon().personWords();
        return words.is(text.tokens(), before, PersonWords.Kind.COPULA) || words.is(text.tokens(), before, PersonWords.Kind.COPULA_PAST);
    }

    private static boolean namedRightAfter(int titleEnd, List<Ref> actorRefs) {
        for (Ref a : actorRefs) {
            if (a.from() >= titleEnd && a.from() <= titleEnd + NAME_REACH) return true;
        }
        return false;
    }

    /** Countries attached to the title: adjacent demonyms/names, "of Turkey", "de la Turquie", "russe et turc", a demonym inside it. */
    private static List<Ref> countriesOf(AnalyzedText text, TitlePhrase p, List<Ref> countryRefs) {
        List<Ref> found = new ArrayList<>();
        LanguageProfile language = text.lexicon().profile();
        int sentence = p.sentence();
        int start = p.titleStart();
        for (Ref c : countryRefs) {
            if (c.sentence() != sentence || c.locative()) continue;
            if (c.to() == start || (c.to() == start - 1 && language.linksBeforeTitle().contains(text.tokens().get(c.to()).term()))) {
                found.add(c);                                         // Turkish president, Russia's president
            } else if (c.from() > start && c.from() < p.titleEnd()) {
                found.add(c);                                         // le ministre polonais de la Défense
            }
        }
        // after the title: skip up to two small words (of, the, de, la), then a chain "russe et turc"
        int t = p.titleEnd();
        int skipped = 0;
        while (t < text.sentences().get(sentence).endToken() && skipped <= LINK_WORDS) {
            Ref c = startingAt(countryRefs, t);
            if (c != null) {
                found.add(c);
                t = c.to();
                if (t < text.tokens().size() && language.conjunctions().contains(text.tokens().get(t).term())) {
                    Ref more = startingAt(countryRefs, t + 1);
                    if (more != null) found.add(more);
                }
                break;
            }
            if (!language.titleLinks().contains(text.tokens().get(t).term())) break;
            t++;
            skipped++;
        }
        return found;
    }

    /**
     * "Vice President Pence": a title with no state before a capitalised word alone that is the last word of the name of
     * the title's holder in a state the dispatch names (a person or a country); a longer name is someone else ("Greg Pence").
     */
    private static Ref holderBySurname(AnalyzedText text, ActorDirectory people, TitlePhrase p, List<Ref> countryRefs, List<Ref> actorRefs) {
        int t = p.titleEnd();
        Sentence s = text.sentences().get(p.sentence());
        if (t >= s.endToken() || t != p.end() || !Gaps.joined(text, t - 1) || !text.tokens().get(t).capitalized()) return null;
        if (t + 1 < s.endToken() && Gaps.inName(text, t) && text.tokens().get(t + 1).capitalized()) return null;
        String surname = text.tokens().get(t).term();
        Set<String> states = new LinkedHashSet<>();
        for (Ref r : actorRefs) if (r.actor() != null && r.actor().country() != null && !r.actor().country().equals("-")) states.add(r.actor().country());
        for (Ref r : countryRefs) states.add(r.country());
        for (String state : states) {
            for (Actor a : people.holders(state, p.title().role(), text.referenceDate())) {
                String[] words = Fold.fold(a.name()).split("[\\s-]+");
                if (words[words.length - 1].equals(surname)) return new Ref(t, t + 1, state, a, "name", p.sentence(), false);
            }
        }
        return null;
    }

    /** "the Russian and Turkish presidents": a conjunction before the one country found joins another one to the plural title. */
    private static boolean joinedBefore(AnalyzedText text, Ref country) {
        int t = country.from() - 1;
        return t >= 0 && text.lexicon().profile().conjunctions().contains(text.tokens().get(t).term());
    }

    private static Ref startingAt(List<Ref> refs, int token) {
        for (Ref r : refs) if (r.from() == token && !r.locative()) return r;
        return null;
    }

    /** The role of the last actor named before the phrase: "son homologue turc" is a president if he was. */
    private static String lastRole(AnalyzedText text, ActorDirectory people, int before, List<Ref> actorRefs, List<Ref> resolved, Map<String, StatedRole> stated) {
        Ref last = null;
        for (List<Ref> list : List.of(actorRefs, resolved)) {
            for (Ref a : list) {
                if (a.to() <= before && (last == null || a.to() > last.to())) last = a;
            }
        }
        if (last == null) return null;
        String role = people.roleOn(last.actor(), text.referenceDate());
        StatedRole given = stated.get(last.actor().id());
        return role != null ? role : given == null || given.former() ? null : given.role();
    }
}
