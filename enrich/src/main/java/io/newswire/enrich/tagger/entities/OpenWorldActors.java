package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.Actor;
import io.newswire.enrich.tagger.kb.ActorDirectory;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.kb.RoleFamily;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.enrich.tagger.text.TokenTrie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises people the knowledge base does not know from the role phrase next to their name (issue 12): a title
 * before the name ("Polish Defence Minister Antoni Macierewicz", "le président nigérien Mohamed Bazoum"), a title and
 * a comma ("Russia's ambassador to Turkey, Andrei Karlov", "le ministre de la Justice, Gérald Darmanin"), or an
 * apposition ("Andrei Karlov, Russia's ambassador to Turkey", "Dan Coats, the director of national intelligence").
 * Only the roles of role-families.tsv make an actor; the country is the one the phrase names, the possessor's
 * ("Raisi's deputy chief of staff"), or for the roles that allow it the one named just before. A name the knowledge
 * base knows stays the known person, with the role the dispatch gives when the knowledge base lists none.
 */
public final class OpenWorldActors {

    private static final int CONTEXT_SENTENCES = 2;   // how far back the country of a role phrase without one is looked for
    private static final int TITLE_BEFORE_NAME = 3;   // "President Donald Trump's national security adviser": the possessor's own title
    private static final String SHARED_OFFICES = "spokesperson";   // a family whose office several people hold at once (the Elysée's, the government's)
    private static final int SUCCESSOR_REACH = 20;    // "le ministre de l'Intérieur ..., qui part pour Matignon, sera remplacé par": how far the successor's word may stand
    private static final int ASIDE_WORDS = 6;          // "Le général X, nommé en 2021, a été remplacé par": an aside after a succession's subject
    private static final int AUXILIARY_WORDS = 2;      // "a été remplacé", "was replaced": the words between a succession's subject and its word
    private static final int SUCCESSOR_OPENING = 4;    // "He is succeeded by", "Il sera remplacé par": a successor's word among the first words of the next sentence
    private static final Set<PersonWords.Kind> SUCCESSOR = EnumSet.of(PersonWords.Kind.SUCCESSOR);
    private static final Set<PersonWords.Kind> PREDECESSOR_KINDS = EnumSet.of(PersonWords.Kind.PREDECESSOR);
    private static final int PREDECESSOR_REACH = 4;    // "Name, who replaces", "leader on Saturday, taking over from": how far after the holder's name or the phrase a word of taking over may start
    private static final int HONORIFIC_WORDS = 3;      // "le général de division Nom", "Lieutenant General Name": the rank words before a name
    private static final int POST_WORDS = 4;           // "de son poste de", "as": the office's frame between a verb of leaving and the phrase
    private static final int LEAVING_GAP = 3;          // "was forced to resign", "a démissionné dimanche de": the words around a verb of leaving
    private static final int CLAUSE_WORDS = 12;         // "who had headed the intelligence service": the words of a relative clause between a name and its verb of being
    private static final int COPULA_WORDS = 4;          // "avait précédemment été", "has been named": the words between a name and its role
    private static final int TWO_TITLES_REACH = 10;     // "ancien secrétaire général de l'Elysée et": the words of the first of two titles in apposition
    private static final int APPOINTEE_WORDS = 4;      // "a nommé lundi le général de division Nom": a day, a determiner and a rank between the verb and the name
    private static final int TENURE_WORDS = 3;          // "after more than five years as": the words of a length of time in office, and the number before them
    private static final int PREDECESSOR_DAY_WORDS = 3; // "remplace lundi le général Nom": a day and a determiner between a word of taking over and the predecessor's name

    /** A person recognised in one dispatch, and how later mentions name them. */
    record OpenActor(Actor actor, StatedRole role, List<String> nameTerms, int firstToken) {
    }

    /** What one dispatch gave: the open actors' full-name mentions, the known people's mentions dropped, the stated roles. */
    /** {@code pastTitles}: each phrase that names a past office next to a name ("Former U.S. Secretary of State"), its person. */
    record Found(List<OpenActor> actors, List<Ref> names, Set<Ref> droppedKnown, Map<String, StatedRole> stated, Set<TitlePhrase> used,
                 Set<TitlePhrase> otherHolder, Map<TitlePhrase, Actor> pastTitles) {
    }

    private final KnowledgeBase kb;

    public OpenWorldActors(KnowledgeBase kb) {
        this.kb = kb;
    }

    Found find(AnalyzedText text, ActorDirectory people, List<TitlePhrase> phrases, RefIndex index, List<Ref> actorRefs, List<Ref> countryRefs) {
        Map<String, OpenActor> actors = new LinkedHashMap<>();
        List<Ref> names = new ArrayList<>();
        Set<Ref> dropped = new HashSet<>();
        Map<String, StatedRole> stated = new LinkedHashMap<>();
        Set<TitlePhrase> used = new HashSet<>();
        Set<TitlePhrase> otherHolder = new HashSet<>();
        Map<TitlePhrase, Actor> pastTitles = new HashMap<>();
        if (text.lexicon() == null) return new Found(List.of(), names, dropped, stated, used, otherHolder, pastTitles);
        NameScanner scanner = new NameScanner(text, kb, index);
        CountryContext context = null;          // read only for a name a phrase introduces: most phrases introduce none
        Set<TitlePhrase> appointedTo = new HashSet<>();   // offices a verb of appointing gives a name: qualified by the appointee, no body's
        for (TitlePhrase p : phrases) {
            RoleFamily family = kb.roleFamily(p.title().role());
            if (family != null && p.title().plural() && !p.nonState() && !p.organisation() && !p.generic() && !p.former() && !p.qualified()) {
                if (context == null) context = new CountryContext(text, countryRefs, actorRefs, kb.officePlaces());
                plural(text, scanner, index, p, family, context, actors, names, stated, used);
                continue;
            }
            if (family == null || p.title().plural() || p.nonState() || p.organisation() || p.generic()) continue;
            if (ofABodyBefore(p, family, phrases, appointedTo)) continue;        // "... président de la Fédération française de football. Le vice-président Nom": the body's
            for (Named named : namesOf(text, scanner, p, kb)) {
                if (named.appointed()) appointedTo.add(p);
                if (p.qualified() && family.country() != RoleFamily.CountryRule.QUALIFIED && family.country() != RoleFamily.CountryRule.PLACE && !named.appointed()) continue;   // "FIFA President", "président du comité"
                if (family.country() == RoleFamily.CountryRule.SEAT && (p.country() == null || !p.country().via().equals("seat"))) continue;   // "French director": no agency of a state
                NameScanner.Span name = named.span();
                StatedRole role = new StatedRole(p.title().role(), (p.former() && !named.appointed()) || named.past());
                Ref known = knownIn(index, name);
                if (known != null && known.from() <= name.start() && known.to() >= name.end()) {
                    used.add(p);                                       // a known person: the knowledge base says who and what
                    if (role.former()) stated.putIfAbsent(known.actor().id(), role);   // ... unless the phrase says a past office ("l'ancien Premier ministre")
                    if (saysPast(p, named)) pastTitles.put(p, known.actor());
                    continue;
                }
                if (known != null && (known.from() < name.start() || known.to() > name.end())) continue;   // overlaps a known name: unsure
                if (context == null) context = new CountryContext(text, countryRefs, actorRefs, kb.officePlaces());
                String country = named.appointed() && p.country() == null && p.possessor() == null && family.country() != RoleFamily.CountryRule.PLACE
                        ? context.before(name.start(), CONTEXT_SENTENCES)   // "Iranian President X named Y ...": the appointer's state
                        : countryOf(p, family, context, name, role.former());
                LocalDate then = role.former() || named.appointed() ? null : PastYear.in(text, p.sentence());
                boolean ofThen = false;                                // the office of the year the sentence names, not of the day
                boolean placeOnly = family.country() == RoleFamily.CountryRule.PLACE || family.country() == RoleFamily.CountryRule.SEAT;
                if (country == null && then != null && !placeOnly) {           // not "chief executive Name ..., since 2014": an office only its place or seat makes a state's
                    country = context.dispatchCountry(Math.min(p.start(), name.start()));   // "nominated in 1981 by President Ronald Reagan": a past holder of the dispatch's own state
                    ofThen = country != null;
                }
                if (country == null) continue;
                if (!ofThen && !role.former() && !named.appointed() && !family.family().equals(SHARED_OFFICES) && !people.holders(country, p.title().role(), text.referenceDate()).isEmpty()) {
                    if (then == null) {
                        if (name.end() <= p.start() && scanner.full(name)) otherHolder.add(p);   // "Birgitte Nyborg, now Denmark's foreign minister": the full name of someone the knowledge base does not know (a character) holds it, not the real holder
                        continue;                                      // the knowledge base says someone else holds it (not yet the appointee's): the words are no name
                    }
                    ofThen = true;                                     // "in 1978 ... Egyptian President Anwar Sadat": the holder of 1978, not of the day
                }
                if (ofThen && !people.holders(country, p.title().role(), then).isEmpty()) continue;   // the knowledge base says who held it that year: someone else
                if (ofThen) otherHolder.add(p);                        // "Michel Rocard, Premier ministre français ... de 1988 à 1991": not the holder of the day's mention
                StatedRole held = ofThen ? new StatedRole(role.role(), true) : role;
                String state = country;

                NameScanner.Span fuller = scanner.full(name) ? name : fullerName(text, scanner, name);
                if (fuller == null && p.country() != null && namedAgain(text, name)) fuller = name;   // "Indonesia's security minister Wiranto": one name
                if (fuller == null) continue;
                NameScanner.Span full = fuller;
                if (known != null) {                                   // "Jan Tusk": a longer name than the known surname inside it
                    dropped.add(known);
                    index.removeActor(known);
                }
                List<String> terms = terms(text, full);
                String id = ActorIds.of(terms);
                OpenActor actor = actors.computeIfAbsent(id, k -> new OpenActor(
                        new Actor(k, text.surface(full.start(), full.end()), state, List.of()), held, terms, name.start()));
                Ref ref = new Ref(name.start(), name.end(), actor.actor().country(), actor.actor(), "name", p.sentence(), false);
                names.add(ref);
                index.addActor(ref);
                context.add(ref);
                stated.putIfAbsent(id, actor.role());
                used.add(p);
                if (saysPast(p, named)) pastTitles.put(p, actor.actor());
            }
        }
        return new Found(List.copyOf(actors.values()), names, dropped, stated, used, otherHolder, pastTitles);
    }

    /**
     * Whether the phrase itself says a past office ("former", "l'ancien") for the name: not an office held in a year the
     * sentence names ("En juillet 1962, le président Charles de Gaulle reçut le chancelier allemand Konrad Adenauer"),
     * whose holder spoke for the state then.
     */
    private static boolean saysPast(TitlePhrase p, Named named) {
        return p.former() && !named.appointed();
    }

    /**
     * The people a plural title names ("Deputy Prime Ministers Matteo Salvini and Luigi Di Maio", "Les ministres des Finances
     * français et allemand, X et Y"): each the title and the state the phrase gives them in order, else, for a role whose
     * state the context may give, the context's; a name the knowledge base knows stays the known person.
     */
    private void plural(AnalyzedText text, NameScanner scanner, RefIndex index, TitlePhrase p, RoleFamily family, CountryContext context,
                        Map<String, OpenActor> actors, List<Ref> names, Map<String, StatedRole> stated, Set<TitlePhrase> used) {
        for (PluralTitleNames.Named named : PluralTitleNames.of(text, scanner, index, p)) {
            NameScanner.Span name = named.span();
            if (knownIn(index, name) != null) {
                used.add(p);
                continue;
            }
            String country = named.country();
            if (country == null && (family.country() == RoleFamily.CountryRule.CONTEXT || family.country() == RoleFamily.CountryRule.QUALIFIED)) {
                country = context.before(Math.min(p.start(), name.start()), CONTEXT_SENTENCES);
            }
            boolean counted = country == null && counted(text, p);              // "Four presidents, Abraham Lincoln, ...": holders in a line, past ones
            if (counted) country = context.dispatchCountry(p.start());
            if (country == null || !scanner.full(name)) continue;
            String state = country;
            List<String> terms = terms(text, name);
            StatedRole role = new StatedRole(p.title().role(), counted);
            OpenActor actor = actors.computeIfAbsent(ActorIds.of(terms), k -> new OpenActor(
                    new Actor(k, text.surface(name.start(), name.end()), state, List.of()), role, terms, name.start()));
            Ref ref = new Ref(name.start(), name.end(), actor.actor().country(), actor.actor(), "name", p.sentence(), false);
            names.add(ref);
            index.addActor(ref);
            context.add(ref);
            stated.putIfAbsent(actor.actor().id(), actor.role());
            used.add(p);
        }
    }

    /**
     * Whether a number stands right before a plural title that names no state, the names after it ("Four presidents,
     * Abraham Lincoln, James Garfield, ...", "deux présidents, Gerald Ford et Ronald Reagan"): holders counted in the
     * line of an office, past holders of the dispatch's own state.
     */
    private static boolean counted(AnalyzedText text, TitlePhrase p) {
        int before = p.start() - 1;
        int first = text.sentences().get(p.sentence()).firstToken();
        if (before > first && blank(text, before) && text.lexicon().personWords().is(text.tokens(), before, PersonWords.Kind.COUNTING)) {
            before--;                                                           // "three other presidents, Name, ..."
        }
        if (before < first || !blank(text, before)) return false;
        var number = text.lexicon().calendarWord(text.termId(before));
        return (number != null && number.number() != null && number.number() > 1) || text.tokens().get(before).term().matches("[2-9]");
    }

    /**
     * Whether a phrase that names no state follows, in its sentence or the next, an office of the same family that a body
     * other than a state qualifies ("président de la Fédération française de football ... Le vice-président"): the body's office.
     */
    private boolean ofABodyBefore(TitlePhrase p, RoleFamily family, List<TitlePhrase> phrases, Set<TitlePhrase> appointedTo) {
        if (p.country() != null || p.possessor() != null || family.country() != RoleFamily.CountryRule.CONTEXT) return false;
        TitlePhrase before = null;
        for (TitlePhrase q : phrases) if (q.end() <= p.start() && (before == null || q.end() > before.end())) before = q;
        if (before == null || before.sentence() < p.sentence() - 1 || !((before.qualified() && !appointedTo.contains(before)) || before.nonState())) return false;   // "a nommé Nom ministre de ... et Nom ministre de ...": the first read the appointee as its qualifier
        RoleFamily other = kb.roleFamily(before.title().role());
        return other != null && other.family().equals(family.family());
    }

    /**
     * A name a phrase introduces, whether the verb between them makes the role a past one ("had been"), and whether
     * the sentence gives the name the office (an appointment, a succession): the appointer's state, whoever held it.
     */
    private record Named(NameScanner.Span span, boolean past, boolean appointed) {

        Named(NameScanner.Span span, boolean past) {
            this(span, past, false);
        }
    }

    /** The names the phrase gives an office: the one it introduces, and a successor named after it ("Defence Minister X ... was replaced by Y"). */
    private static List<Named> namesOf(AnalyzedText text, NameScanner scanner, TitlePhrase p, KnowledgeBase kb) {
        List<Named> out = new ArrayList<>(2);
        Named named = nameOf(text, scanner, p);
        if (named != null) out.add(named);
        if (named == null) {                                                    // "Nom remplace lundi le général Nom comme chef d'état-major"
            List<Named> frame = takeOverFrame(text, scanner, p);
            if (!frame.isEmpty()) return frame;
        }
        if (named != null && !named.past()) {
            Named predecessor = predecessorOf(text, scanner, p, named);
            if (predecessor != null) out.add(predecessor);
        }
        Named successor = successorOf(text, scanner, p, kb);
        if (successor != null) out.add(successor);
        for (Named n : namedSuccession(text, scanner, p, kb)) {
            if (out.stream().noneMatch(o -> o.span().start() == n.span().start())) out.add(n);
        }
        return out;
    }

    /**
     * A succession told in the sentence after the office, its subject a name: "Le chef d'état-major des armées change de
     * titulaire ... Le général X, nommé en 2021, a été remplacé lundi par le général Y": X a past holder of the office
     * the sentence before names first, Y its holder. An aside set off by commas may follow the subject's name; a few
     * words (the auxiliary) stand before the word of succession.
     */
    private static List<Named> namedSuccession(AnalyzedText text, NameScanner scanner, TitlePhrase p, KnowledgeBase kb) {
        List<Sentence> sentences = text.sentences();
        if (p.sentence() + 1 >= sentences.size() || !subjectOfItsSentence(text, p, kb)) return List.of();
        Sentence next = sentences.get(p.sentence() + 1);
        int limit = next.endToken();
        NameScanner.Span subject = scanner.forward(scanner.skipHonorifics(next.firstToken(), limit), limit);
        if (subject == null || subject.start() > next.firstToken() + 2 || !scanner.full(subject)) return List.of();
        int t = subject.end();
        if (t < limit && Gaps.comma(text, t - 1)) {                                 // ", nommé en 2021,"
            int close = t;
            while (close < limit && close - t < ASIDE_WORDS && !Gaps.comma(text, close)) close++;
            if (close >= limit || close - t >= ASIDE_WORDS) return List.of();
            t = close + 1;
        } else if (t >= limit || !blank(text, t - 1)) {
            return List.of();
        }
        for (int k = t; k < limit && k - t <= AUXILIARY_WORDS; k++) {
            if (nearerOffice(text.lexicon().titles().longestAt(text.tokens(), k, limit), kb)) return List.of();
            int end = successorEnd(text, k, limit);
            if (end < 0) continue;
            Named successor = successorAfter(text, scanner, end);
            return successor == null ? List.of() : List.of(new Named(subject, true), successor);
        }
        return List.of();
    }

    /**
     * The full name after a word of succession a few words after the phrase, in its sentence or the next ("le ministre
     * de l'Intérieur ... Il est remplacé place Beauvau par Bruno Le Roux", "succeeded by"), or among the first words of
     * the next sentence, whose pronoun stands for the first office of the sentence before ("Le chef d'état-major des armées, X,
     * a présenté sa démission au président ... Il est remplacé par Y": the chief's successor, not the president's).
     */
    private static Named successorOf(AnalyzedText text, NameScanner scanner, TitlePhrase p, KnowledgeBase kb) {
        List<Sentence> sentences = text.sentences();
        Sentence next = sentences.get(Math.min(p.sentence() + 1, sentences.size() - 1));
        int limit = next.endToken();
        PersonWords words = text.lexicon().personWords();
        Named replacement = replacementOf(text, scanner, p);                   // "a remplacé le commandant en chef, le général X, par le général Y"
        if (replacement != null) return replacement;
        int opening = next.index() > p.sentence() ? openingSuccessor(text, next, kb) : -1;
        if (opening >= 0) {                                                        // "... Il est remplacé par": the pronoun stands for the subject
            return subjectOfItsSentence(text, p, kb) ? successorAfter(text, scanner, opening) : null;
        }
        for (int t = p.end(); t < limit && t - p.end() < SUCCESSOR_REACH; t++) {
            if (nearerOffice(text.lexicon().titles().longestAt(text.tokens(), t, limit), kb)) return null;   // a nearer title: the successor is in that office
            int end = successorEnd(text, t, limit);
            if (end >= 0) return successorAfter(text, scanner, end);
        }
        return null;
    }

    /**
     * The successor an active verb of replacing names after the office's holder ("a remplacé jeudi le commandant en chef
     * de l'armée, le général X, par le général Y"): the verb before the phrase (a day and an article between), the
     * successor after the first word of replacement ("par") in the sentence, within reach.
     */
    private static Named replacementOf(AnalyzedText text, NameScanner scanner, TitlePhrase p) {
        PersonWords words = text.lexicon().personWords();
        Sentence s = text.sentences().get(p.sentence());
        int verb = p.start() - 1;
        while (verb > s.firstToken() && p.start() - verb <= 2 && blankOrArticle(text, verb) && dayWord(text, verb)) verb--;
        if (verb < s.firstToken() || !blankOrArticle(text, verb) || !words.is(text.tokens(), verb, PersonWords.Kind.REPLACING)) return null;
        for (int t = p.end(); t < s.endToken() && t - p.end() < SUCCESSOR_REACH; t++) {
            if (words.is(text.tokens(), t, PersonWords.Kind.REPLACED_BY)) return t + 1 < s.endToken() ? successorAfter(text, scanner, t + 1) : null;
        }
        return null;
    }

    /** The full name after a word of succession that ends at the token, or null. */
    /**
     * The holder the named one takes the office over from, named in the phrase's sentence right after a word of taking
     * over (person-words kind {@code predecessor}: "taking over from", "who replaces", "a succédé à", "remplace"): a past
     * holder of the same office ("Name, who replaces Name, took office as chief of staff", "was elected leader ...,
     * taking over from Name", "Nom remplace lundi le général Nom comme chef d'état-major"). A day, a determiner and an
     * honorific may stand between the word and the name; the name must be given in full.
     */
    private static Named predecessorOf(AnalyzedText text, NameScanner scanner, TitlePhrase p, Named holder) {
        PersonWords words = text.lexicon().personWords();
        Sentence s = text.sentences().get(p.sentence());
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            boolean afterHolder = t >= holder.span().end() && t - holder.span().end() <= PREDECESSOR_REACH;
            boolean afterPhrase = t >= p.end() && t - p.end() <= PREDECESSOR_REACH;
            if (!afterHolder && !afterPhrase) continue;                       // "son homologue britannique, qui remplace Nom": another's predecessor
            int end = words.endOf(text.tokens(), t, s.endToken(), PREDECESSOR_KINDS);
            if (end < 0) continue;
            int at = end;
            while (at < s.endToken() && at - end < PREDECESSOR_DAY_WORDS && !text.tokens().get(at).capitalized()) at++;   // "lundi le", "former prime minister" stops at no capital: read below
            NameScanner.Span name = scanner.forward(scanner.skipHonorifics(at, s.endToken()), s.endToken());
            if (name == null || !scanner.full(name) || name.start() > at + HONORIFIC_WORDS) continue;
            if (name.start() < holder.span().end() && name.end() > holder.span().start()) continue;   // the holder himself
            return new Named(name, true);
        }
        return null;
    }

    /**
     * A holder and the one he takes over from, both named before the office's frame ("Le général Fabien Mandon remplace
     * lundi le général Thierry Burkhard comme chef d'état-major des armées", "Name replaced Name on Monday as"): the
     * predecessor's full name right before the frame (person-words kind {@code post}), a word of taking over before it (a
     * day, a determiner and a rank between), the holder's full name right before that word.
     */
    private static List<Named> takeOverFrame(AnalyzedText text, NameScanner scanner, TitlePhrase p) {
        PersonWords words = text.lexicon().personWords();
        Sentence s = text.sentences().get(p.sentence());
        int post = words.startBefore(text.tokens(), p.start(), PersonWords.Kind.POST, POST_WORDS);
        if (post <= s.firstToken() || !blank(text, post - 1)) return List.of();
        NameScanner.Span before = scanner.backward(post, s.firstToken());
        if (before == null || before.end() != post || !scanner.full(before)) return List.of();
        for (int w = before.start() - 1; w > s.firstToken() && before.start() - w <= PREDECESSOR_DAY_WORDS + HONORIFIC_WORDS; w--) {
            if (!blank(text, w)) return List.of();
            int start = words.startBefore(text.tokens(), w + 1, PersonWords.Kind.PREDECESSOR, 3);
            if (start < 0) continue;
            if (start <= s.firstToken() || !blank(text, start - 1)) return List.of();
            if (scanner.skipHonorifics(w + 1, before.end()) > before.start()) return List.of();   // only a day, a determiner and a rank between
            NameScanner.Span holder = scanner.backward(start, s.firstToken());
            if (holder == null || holder.end() != start || !scanner.full(holder)) return List.of();
            return List.of(new Named(holder, false), new Named(before, true));
        }
        return List.of();
    }

    private static Named successorAfter(AnalyzedText text, NameScanner scanner, int end) {
        if (end >= text.tokens().size()) return null;                              // the word of succession ends the text ("chooses his successor.")
        int sentenceEnd = text.sentences().get(text.sentenceOfToken()[end]).endToken();
        NameScanner.Span name = scanner.forward(scanner.skipHonorifics(end, sentenceEnd), sentenceEnd);
        return name != null && scanner.full(name) ? new Named(name, false, true) : null;
    }

    /** The end of a word of succession among the first words of the sentence ("He is succeeded by", "Il sera remplacé par") with no title before it, or -1. */
    private static int openingSuccessor(AnalyzedText text, Sentence s, KnowledgeBase kb) {
        for (int t = s.firstToken(); t < s.endToken() && t - s.firstToken() < SUCCESSOR_OPENING; t++) {
            if (nearerOffice(text.lexicon().titles().longestAt(text.tokens(), t, s.endToken()), kb)) return -1;
            int end = successorEnd(text, t, s.endToken());
            if (end >= 0) return end;
        }
        return -1;
    }

    /**
     * The end of a word of succession starting at the token, or -1; a day may stand inside it, after its first word
     * ("a été remplacé mercredi par", "was replaced on Monday by").
     */
    private static int successorEnd(AnalyzedText text, int t, int limit) {
        PersonWords words = text.lexicon().personWords();
        int end = words.endOf(text.tokens(), t, limit, SUCCESSOR);
        if (end >= 0 || t + 2 >= limit) return end;
        int day = t + 1;
        if (text.lexicon().profile().dayPrepositions().contains(text.tokens().get(day).term()) && day + 2 < limit) day++;
        if (text.lexicon().calendarWord(text.termId(day)) == null) return -1;
        List<Token> skipping = new ArrayList<>(limit - day);
        skipping.add(text.tokens().get(t));
        skipping.addAll(text.tokens().subList(day + 1, limit));
        int inner = words.endOf(skipping, 0, skipping.size(), SUCCESSOR);
        return inner > 1 ? inner + day : -1;
    }

    /** Whether the phrase is the first office its sentence names: the one a pronoun opening the next sentence stands for. */
    private static boolean subjectOfItsSentence(AnalyzedText text, TitlePhrase p, KnowledgeBase kb) {
        Sentence s = text.sentences().get(p.sentence());
        for (int t = s.firstToken(); t < p.start(); t++) {
            if (nearerOffice(text.lexicon().titles().longestAt(text.tokens(), t, p.start()), kb)) return false;
        }
        return true;
    }

    /**
     * Whether a title between an office and a word of succession names another office: not a title read only beside a
     * seat ("the professional head of the armed forces": no agency's head, a gloss of the office before).
     */
    private static boolean nearerOffice(TokenTrie.Match<Lexicon.Title> title, KnowledgeBase kb) {
        if (title == null) return false;
        for (Lexicon.Title t : title.values()) {
            RoleFamily family = kb.roleFamily(t.role());
            if (family == null || family.country() != RoleFamily.CountryRule.SEAT) return true;
        }
        return false;
    }

    /** The name the phrase introduces: right after it, after its comma, before the comma that opens it, or before a verb of being. */
    private static Named nameOf(AnalyzedText text, NameScanner scanner, TitlePhrase p) {
        Sentence s = text.sentences().get(p.sentence());
        int last = p.end() - 1;
        Named appointee = appointedBefore(text, scanner, p, s);                          // "named Zahra Behrouz Azar vice president"
        if (appointee != null) return appointee;
        if (p.end() < s.endToken() && blank(text, last)) {                              // title before the name
            NameScanner.Span name = scanner.forward(scanner.skipHonorifics(p.end(), s.endToken()), s.endToken());
            if (name != null && !properNounGoesOn(text, name)) return new Named(name, false);
        }
        if (p.end() < s.endToken() && Gaps.comma(text, last)) {                         // "Russia's ambassador to Turkey, Andrei Karlov"
            NameScanner.Span name = scanner.forward(scanner.skipHonorifics(p.end(), s.endToken()), s.endToken());
            if (name != null && (Gaps.endsClause(text, name.end() - 1) || !text.tokens().get(name.end()).capitalized())) return new Named(name, false);
        }
        Named subject = subjectOf(text, scanner, p, s);                                 // "Gérald Darmanin est nommé ministre de la Justice"
        if (subject != null) return subject;
        Named leaver = leaverOf(text, scanner, p, s);                                   // "Nom a démissionné dimanche de son poste de ministre de la Santé"
        if (leaver != null) return leaver;
        Named tenured = tenureOf(text, scanner, p, s);                                  // "Name retired on Friday after four years as chairman of ..."
        if (tenured != null) return tenured;
        int open = p.start();
        if (p.possessor() != null) {                                                    // "Name, President Donald Trump's national security adviser"
            for (int j = Math.max(s.firstToken(), open - TITLE_BEFORE_NAME); j < open; j++) {
                var title = text.lexicon().titles().longestAt(text.tokens(), j, open);
                if (title != null && title.end() == open) {
                    open = j;
                    break;
                }
            }
        }
        boolean past = false;
        int clause = relativeClauseStart(text, open, s);                                // "Numan Kurtulmus, who is Turkey's deputy prime minister"
        int succeeding = clause >= 0 ? -1 : succeedingClauseStart(text, open, s);       // "Name, who succeeds him as chief of the defence staff": the office taken over
        if (succeeding >= 0) {
            open = succeeding;
        } else if (clause >= 0) {
            for (int t = clause; t < open; t++) past |= text.lexicon().personWords().is(text.tokens(), t, PersonWords.Kind.COPULA_PAST);
            open = clause;
        } else if (open - 2 >= s.firstToken() && blank(text, open - 1) && text.lexicon().personWords().is(text.tokens(), open - 1, PersonWords.Kind.COPULA)
                && Gaps.opensApposition(text, open - 2)) {
            open--;                                                                     // "Birgitte Nyborg, now Denmark's foreign minister"
        }
        int first = clause >= 0 || succeeding >= 0 ? -1 : firstOfTwoTitles(text, open, s);   // "Name, ancien secrétaire général de l'Elysée et ancien ministre ..."
        if (first >= 0) open = first;
        if (open - 1 >= s.firstToken() && Gaps.opensApposition(text, open - 1)) {        // "Andrei Karlov, Russia's ambassador", "Name (ministre de l'Intérieur)"
            NameScanner.Span name = scanner.backward(open, s.firstToken());
            int before = name == null ? -1 : name.start() - 1;
            boolean journalist = before >= s.firstToken() && Gaps.joined(text, before)
                    && text.lexicon().personWords().is(text.tokens(), before, PersonWords.Kind.NON_STATE);     // "la journaliste X, envoyée spéciale"
            return journalist || name == null ? null : new Named(name, past);
        }
        return null;
    }

    /**
     * The relative word of a clause that gives the role of the name before it ("Name, who is", "Name, qui était"): a
     * relative word right after a comma, then only verbs of being up to the phrase, or a phrase opened by a verb of leading
     * ("Name, who led the CIA"); -1 when the phrase opens no such clause.
     */
    private static int relativeClauseStart(AnalyzedText text, int open, Sentence s) {
        PersonWords words = text.lexicon().personWords();
        for (int t = open - 1; t > s.firstToken() && open - t <= COPULA_WORDS + 1 && blank(text, t); t--) {
            if (words.is(text.tokens(), t, PersonWords.Kind.RELATIVE)) return (t < open - 1 || words.is(text.tokens(), open, PersonWords.Kind.LEADING)) && Gaps.opensApposition(text, t - 1) ? t : -1;
            if (!words.is(text.tokens(), t, PersonWords.Kind.COPULA) && !words.is(text.tokens(), t, PersonWords.Kind.COPULA_PAST)) return -1;
        }
        return -1;
    }

    /**
     * The relative word of a clause that says the name before it takes over the office from someone ("Name, who
     * succeeds him as chief of the defence staff", "Nom, qui lui succède comme chef d'état-major"): a relative word right
     * after a comma, then the words of succession right up to the phrase; -1 when the phrase opens no such clause.
     */
    private static int succeedingClauseStart(AnalyzedText text, int open, Sentence s) {
        PersonWords words = text.lexicon().personWords();
        int verb = words.startBefore(text.tokens(), open, PersonWords.Kind.SUCCEEDING, COPULA_WORDS + 1);
        int relative = verb - 1;
        return verb > s.firstToken() + 1 && blank(text, relative) && words.is(text.tokens(), relative, PersonWords.Kind.RELATIVE)
                && Gaps.opensApposition(text, relative - 1) ? relative : -1;
    }

    /**
     * For the second of two titles in apposition joined by a conjunction ("Name, a former home secretary and former
     * foreign secretary,", "Nom, ancien secrétaire général de l'Elysée et ancien ministre des Affaires étrangères,"),
     * the start of the first: the word after the comma that opens the apposition, when it is a determiner (a noun phrase),
     * opens a title or says a past office, and no other comma stands between; -1 otherwise.
     */
    private static int firstOfTwoTitles(AnalyzedText text, int open, Sentence s) {
        int and = open - 1;
        if (and <= s.firstToken() || !blank(text, and) || !blank(text, and - 1)
                || !text.lexicon().profile().conjunctions().contains(text.tokens().get(and).term())) return -1;
        PersonWords words = text.lexicon().personWords();
        for (int j = and - 1; j > s.firstToken() && and - j <= TWO_TITLES_REACH; j--) {
            if (!Gaps.opensApposition(text, j)) {
                if (Gaps.comma(text, j)) return -1;
                continue;
            }
            int start = j + 1;
            int t = start;
            while (t < and && words.is(text.tokens(), t, PersonWords.Kind.DETERMINER)) t++;
            boolean office = t < and && (t > start || words.is(text.tokens(), t, PersonWords.Kind.FORMER)   // "Name, le ministre de l'Intérieur et vice-président du Conseil": a noun phrase
                    || text.lexicon().titles().longestAt(text.tokens(), t, and) != null);
            return office && !text.tokens().get(start).capitalized() ? start : -1;
        }
        return -1;
    }

    /**
     * The full name between a verb of appointing and the phrase, with no comma ("appointed Name foreign minister", "a nommé Name
     * ministre"); a day, a determiner and a rank may stand before the name ("a nommé lundi le général de division Nom chef
     * d'état-major"), a word of office's frame after it ("a désigné Nom comme conseiller"), and a second appointee follows
     * a conjunction after the verb ("a nommé ... et le général Nom chef d'état-major de la défense").
     */
    private static Named appointedBefore(AnalyzedText text, NameScanner scanner, TitlePhrase p, Sentence s) {
        PersonWords words = text.lexicon().personWords();
        int open = p.qualified() ? p.titleStart() : p.start();          // "named Zahra Behrouz Azar vice president": the name read as a qualifier
        int post = words.startBefore(text.tokens(), open, PersonWords.Kind.POST, POST_WORDS);
        if (post > s.firstToken() && blank(text, post - 1)) open = post;                         // "a désigné Nom comme conseiller à la sécurité nationale"
        if (open - 1 <= s.firstToken() || !blank(text, open - 1)) return null;
        NameScanner.Span name = scanner.backward(open, s.firstToken());
        if (name == null || name.end() != open || !scanner.full(name)) return null;
        int verb = name.start() - 1;
        for (int steps = 0; verb > s.firstToken() && steps < APPOINTEE_WORDS && blankOrArticle(text, verb); steps++) {
            int rank = words.startBefore(text.tokens(), verb + 1, PersonWords.Kind.HONORIFIC, 3);
            if (rank >= 0 && !text.tokens().get(rank).capitalized()) verb = rank - 1;     // "le général de division", not "M."'s capital
            else if (words.is(text.tokens(), verb, PersonWords.Kind.DETERMINER) || dayWord(text, verb)) verb--;
            else break;
        }
        if (verb < s.firstToken() || !blankOrArticle(text, verb)) return null;
        if (words.is(text.tokens(), verb, PersonWords.Kind.APPOINTING)) return new Named(name, false, true);
        if (!text.lexicon().profile().conjunctions().contains(text.tokens().get(verb).term())) return null;
        for (int t = verb - 1; t >= s.firstToken() && verb - t <= SUCCESSOR_REACH; t--) {          // "a nommé Nom chef de ... et le général Nom chef de ..."
            if (words.is(text.tokens(), t, PersonWords.Kind.APPOINTING)) return new Named(name, false, true);
        }
        return null;
    }

    /** Whether only spaces, or an elided article ("a nommé l'amiral Nom"), stand after the token. */
    private static boolean blankOrArticle(AnalyzedText text, int t) {
        if (blank(text, t)) return true;
        String elided = t + 1 < text.tokens().size() ? Gaps.elidedBefore(text, t + 1) : null;
        return elided != null && text.lexicon().personWords().has(elided, PersonWords.Kind.DETERMINER);
    }

    /** Whether the token tells a day ("lundi", "hier"): a word that may stand between a verb and its object. */
    private static boolean dayWord(AnalyzedText text, int t) {
        var w = text.lexicon().calendarWord(text.termId(t));
        return w != null && (w.weekday() != null || w.offset() != null);
    }

    /**
     * The full name right before a verb of being that comes right before the phrase: a few lower-case words, verbs of
     * being and at most one other ("est nommé", "avait précédemment été", "has been appointed").
     */
    private static Named subjectOf(AnalyzedText text, NameScanner scanner, TitlePhrase p, Sentence s) {
        PersonWords words = text.lexicon().personWords();
        boolean verb = false, past = false;
        int others = 0;
        for (int t = p.start() - 1; t >= s.firstToken() && p.start() - t <= COPULA_WORDS + 1; t--) {     // the first word too: "Kohl was chancellor from 1982"
            var token = text.tokens().get(t);
            if (!blank(text, t)) {                                                      // "Name, who had headed the intelligence service, became interior minister"
                NameScanner.Span name = verb && Gaps.comma(text, t) ? subjectBeforeClause(text, scanner, t, s) : null;
                return name != null ? new Named(name, past) : null;
            }
            if (token.capitalized()) {
                if (!verb) return null;
                NameScanner.Span name = scanner.backward(t + 1, s.firstToken());
                boolean dated = name != null && !scanner.full(name) && PastYear.in(text, s.index()) != null && fullerName(text, scanner, name) != null;
                boolean served = name != null && !scanner.full(name) && past && name.start() == s.firstToken() && fullerName(text, scanner, name) != null;
                return name != null && (scanner.full(name) || dated || served) ? new Named(name, past) : null;   // "Kohl was chancellor from 1982 to 1998": a dated office, his full name elsewhere; "Hickenlooper has served as governor of": a past office, the surname the sentence's subject
            }
            boolean isPast = words.is(text.tokens(), t, PersonWords.Kind.COPULA_PAST);
            if (isPast || words.is(text.tokens(), t, PersonWords.Kind.COPULA)) {
                verb = true;
                past |= isPast;
            } else if (++others > 1) {
                return null;                                                            // "a dit que le ministre": no verb of being
            }
        }
        return null;
    }

    /**
     * The full name that a relative clause set off by commas follows, the clause ending at token {@code end} right before
     * the verb of being ("Name, who had headed the intelligence service, became", "Nom, qui dirigeait le renseignement,
     * devient"): the relative word right after a comma, no other punctuation inside the clause; null otherwise.
     */
    private static NameScanner.Span subjectBeforeClause(AnalyzedText text, NameScanner scanner, int end, Sentence s) {
        PersonWords words = text.lexicon().personWords();
        for (int r = end; r > s.firstToken() && end - r <= CLAUSE_WORDS; r--) {
            if (r < end && !blank(text, r)) return null;
            if (words.is(text.tokens(), r, PersonWords.Kind.RELATIVE) && Gaps.comma(text, r - 1)) {
                NameScanner.Span name = scanner.backward(r, s.firstToken());
                return name != null && scanner.full(name) ? name : null;
            }
        }
        return null;
    }

    /**
     * The full name before a verb of leaving an office, the phrase right after the office's frame ("Name resigned as
     * Britain's home secretary", "Nom a démissionné dimanche de son poste de ministre de la Santé"): a past role. A few
     * lower-case words may stand between the name and the verb ("was forced to") and between the verb and the frame (a day);
     * a surname alone is kept, its full name read elsewhere in the dispatch ("Carrington resigned as foreign secretary").
     */
    private static Named leaverOf(AnalyzedText text, NameScanner scanner, TitlePhrase p, Sentence s) {
        PersonWords words = text.lexicon().personWords();
        int post = words.startBefore(text.tokens(), p.start(), PersonWords.Kind.POST, POST_WORDS);
        if (post <= s.firstToken()) return null;
        int verb = -1;
        boolean taking = false;                                                         // "Name was sworn in on Friday as Chief Executive of Hong Kong": the office taken, not left
        int clock = 0;                                                                  // "sworn in at 5 p.m. local time (2100 GMT) on Wednesday as": a time of day
        for (int t = post - 1; t > s.firstToken() && post - t - clock <= LEAVING_GAP + 1; t--) {
            if (clockWord(text, t)) {
                clock++;
                continue;
            }
            if (!blank(text, t) && !clockWord(text, t + 1)) break;
            verb = words.startBefore(text.tokens(), t + 1, PersonWords.Kind.LEAVING, 2);
            if (verb < 0) {
                verb = words.startBefore(text.tokens(), t + 1, PersonWords.Kind.TAKING, 2);
                taking = verb >= 0;
            }
            if (verb >= 0) break;
            if (text.tokens().get(t).capitalized() && text.lexicon().calendarWord(text.termId(t)) == null) return null;   // "handed over on Friday as": a day may stand there
        }
        if (verb <= s.firstToken()) return null;
        for (int t = verb - 1; t >= s.firstToken() && verb - t <= LEAVING_GAP + 1; t--) {
            if (Gaps.comma(text, t)) return beforeAside(text, scanner, t, s, !taking);   // "Name, who replaces Name, took office as"
            if (!blank(text, t)) return null;
            if (!text.tokens().get(t).capitalized() && !scanner.hyphenTail(t)) continue;   // "was forced to", "a"; not "Leung Chun-ying"
            NameScanner.Span name = scanner.backward(t + 1, s.firstToken());
            return name != null && name.end() == t + 1 ? new Named(name, !taking) : null;   // a surname alone: its full name elsewhere (fullerName)
        }
        return null;
    }

    /**
     * The full name before an aside set off by commas that ends at the token ("Eyal Zamir, who replaces Herzi Halevi,",
     * "Name, a former defence ministry official,"): the subject of the verb after the aside.
     */
    private static Named beforeAside(AnalyzedText text, NameScanner scanner, int close, Sentence s, boolean past) {
        for (int k = close; k > s.firstToken() && close - k < ASIDE_WORDS; k--) {
            if (!Gaps.comma(text, k - 1)) continue;
            NameScanner.Span name = scanner.backward(k, s.firstToken());
            return name != null && name.end() == k && scanner.full(name) ? new Named(name, past) : null;
        }
        return null;
    }

    /** Whether the token is a word of a time of day: a figure, or a clock word of person-words ("p.m.", "GMT", "heure"). */
    private static boolean clockWord(AnalyzedText text, int t) {
        return text.tokens().get(t).term().matches("[0-9]{1,4}") || text.lexicon().personWords().is(text.tokens(), t, PersonWords.Kind.CLOCK);
    }

    /**
     * The subject of the sentence when a length of time in office stands right before the phrase ("General Mark Milley
     * retired on Friday after four years as chairman of the Joint Chiefs of Staff", "Le général Nom a cédé jeudi le
     * commandement, après plus de cinq ans comme chef d'état-major"): the first full name of the sentence, a past role.
     */
    private static Named tenureOf(AnalyzedText text, NameScanner scanner, TitlePhrase p, Sentence s) {
        int tenure = text.lexicon().personWords().startBefore(text.tokens(), p.start(), PersonWords.Kind.TENURE, TENURE_WORDS);
        if (tenure <= s.firstToken()) return null;
        boolean counted = false;
        for (int t = tenure - 1; t >= s.firstToken() && tenure - t <= TENURE_WORDS && !counted; t--) {
            var number = text.lexicon().calendarWord(text.termId(t));
            counted = (number != null && number.number() != null) || text.tokens().get(t).term().matches("[0-9]+");
        }
        if (!counted) return null;
        for (int t = s.firstToken(); t < tenure; t++) {
            var token = text.tokens().get(t);
            if (!token.capitalized() || token.upper() || text.lexicon().calendarWord(text.termId(t)) != null) continue;
            NameScanner.Span name = scanner.forward(scanner.skipHonorifics(t, tenure), tenure);
            if (name != null && scanner.full(name)) return new Named(name, true);
            if (name != null) t = name.end() - 1;
        }
        return null;
    }

    /** Whether the one-word name stands elsewhere in the dispatch too ("Wiranto, who was visiting"). */
    private static boolean namedAgain(AnalyzedText text, NameScanner.Span name) {
        String term = text.tokens().get(name.start()).term();
        for (int t = 0; t < text.tokens().size(); t++) {
            if (t != name.start() && text.tokens().get(t).capitalized() && text.tokens().get(t).term().equals(term)) return true;
        }
        return false;
    }

    /** "Republican People's Party": the words go on into a longer proper noun, not a person's name. */
    private static boolean properNounGoesOn(AnalyzedText text, NameScanner.Span name) {
        int next = name.end();
        return next < text.tokens().size() && Gaps.joined(text, next - 1) && text.tokens().get(next).capitalized()
                && text.sentenceOfToken()[next] == text.sentenceOfToken()[name.start()];
    }

    private static boolean blank(AnalyzedText text, int i) {
        String gap = Gaps.after(text, i);
        return gap != null && !gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0;
    }

    /** The known person's mention overlapping the name, or null. */
    private static Ref knownIn(RefIndex index, NameScanner.Span name) {
        for (int t = name.start(); t < name.end(); t++) {
            Ref r = index.actorAt(t);
            if (r != null) return r;
        }
        return null;
    }

    private String countryOf(TitlePhrase p, RoleFamily family, CountryContext context, NameScanner.Span name, boolean former) {
        if (p.country() != null) return p.country().country();
        if (p.possessor() != null) return p.possessor().country();
        return switch (family.country()) {
            case SEAT -> null;                                                          // the seat's country was read above
            case PLACE -> p.placeCountry();                                             // "Chief Executive of Hong Kong": the territory's sovereign; "HSBC chief executive": none
            case STATED -> former || officeOfAState(context.text, p)                                  // "the former foreign minister", "resigned as foreign minister": of the dispatch's country
                    ? context.before(Math.min(p.start(), name.start()), CONTEXT_SENTENCES) : null;   // "presidential spokesman Name": of the president's, the dateline's
            case CONTEXT -> context.before(Math.min(p.start(), name.start()), CONTEXT_SENTENCES);
            case QUALIFIED -> p.qualified()                   // "Ohio Governor": the place's; "Belgorod Governor": the dateline's, one named earlier in the sentence, the dispatch's own
                    ? firstNonNull(p.placeCountry(), context.dateline(), context.before(Math.min(p.start(), name.start()), 0), context.namedTwiceBefore(p.start()),
                            context.only(Math.min(p.start(), name.start())))   // "Le maire de Lampedusa": the one country named before, "l'île italienne"
                    : context.before(Math.min(p.start(), name.start()), CONTEXT_SENTENCES);
        };
    }

    /** Whether a word of the title says it is a state's office ("presidential spokesman", "government spokesperson", "porte-parole de la présidence"). */
    private static boolean officeOfAState(AnalyzedText text, TitlePhrase p) {
        PersonWords words = text.lexicon().personWords();
        for (int t = p.titleStart(); t < p.titleEnd(); t++) if (words.is(text.tokens(), t, PersonWords.Kind.STATE_OFFICE)) return true;
        return false;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) if (v != null) return v;
        return null;
    }

    /** For a surname alone next to the role ("Kilicdaroglu, the leader of ..."), the longer name ending with it elsewhere in the dispatch. */
    private static NameScanner.Span fullerName(AnalyzedText text, NameScanner scanner, NameScanner.Span single) {
        if (single.length() != 1) return null;
        String term = text.tokens().get(single.start()).term();
        for (Sentence s : text.sentences()) {
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                if (t == single.start() || !text.tokens().get(t).term().equals(term)) continue;
                NameScanner.Span longer = scanner.backward(t + 1, s.firstToken());
                if (longer != null && scanner.full(longer) && (t + 1 >= s.endToken() || !Gaps.inName(text, t) || !scanner.word(t + 1, false))) return longer;
            }
        }
        return null;
    }

    private static List<String> terms(AnalyzedText text, NameScanner.Span span) {
        List<String> terms = new ArrayList<>(span.length());
        for (int t = span.start(); t < span.end(); t++) terms.add(text.tokens().get(t).term());
        return terms;
    }

    /**
     * The country a role phrase without one stands for: the nearest country or person named before it in its
     * sentence; else the last named in the sentences just before, when the dispatch names that country twice or more
     * (an incidental mention is no context); else the dateline's; else the country the dispatch has named most so far; else the only one it names.
     */
    static final class CountryContext {
        private final AnalyzedText text;
        private final List<Ref> refs = new ArrayList<>();
        private final Map<String, Integer> mentions = new HashMap<>();

        CountryContext(AnalyzedText text, List<Ref> countryRefs, List<Ref> actorRefs, TokenTrie<KnowledgeBase.Place> places) {
            this.text = text;
            for (Ref r : countryRefs) if (r.country() != null) refs.add(r);
            for (Ref r : actorRefs) if (r.country() != null) refs.add(r);
            for (Sentence s : text.sentences()) {                  // "la mairie de Montréal": a place says which country too
                for (TokenTrie.Match<KnowledgeBase.Place> m : places.findAll(text.tokens(), s.firstToken(), s.endToken())) {
                    if (text.tokens().get(m.start()).capitalized()) refs.add(new Ref(m.start(), m.end(), m.values().get(0).country(), null, "place", s.index(), false));
                }
            }
            refs.sort((a, b) -> Integer.compare(a.to(), b.to()));
            for (Ref r : refs) mentions.merge(r.country(), 1, Integer::sum);
        }

        void add(Ref r) {
            if (r.country() == null) return;
            int i = refs.size();
            while (i > 0 && refs.get(i - 1).to() > r.to()) i--;
            refs.add(i, r);
            mentions.merge(r.country(), 1, Integer::sum);
        }

        /** The country of the dispatch's dateline ("ANKARA, May 29 -"), or null. */
        String dateline() {
            for (Ref r : refs) {
                if (r.actor() == null && r.from() <= 1 && r.sentence() == 0 && text.tokens().get(r.from()).upper() && !r.via().equals("place")) return r.country();
            }
            return null;
        }

        /** The country for a phrase at the token, looking back {@code sentencesBack} sentences beyond its own; 0: its sentence only. */
        String before(int token, int sentencesBack) {
            int sentence = text.sentenceOfToken()[token];
            Ref last = null;
            for (Ref r : refs) if (r.to() <= token) last = r;
            if (last != null && last.sentence() == sentence) return last.country();
            if (sentencesBack == 0) return null;
            if (last != null && last.sentence() >= sentence - sentencesBack && mentions.get(last.country()) >= 2) return last.country();
            String dateline = dateline();
            if (dateline != null) return dateline;
            String named = mostNamedBefore(token);
            return named != null ? named : onlyCountry();
        }

        /** The dispatch's own country at the token: its dateline's, else the one named most so far; null when none. */
        String dispatchCountry(int token) {
            String dateline = dateline();
            return dateline != null ? dateline : mostNamedBefore(token);
        }

        /** The one country named before the token, when no other is: the dispatch's own; else null. */
        String only(int token) {
            String one = null;
            for (Ref r : refs) {
                if (r.to() > token) break;
                if (one != null && !one.equals(r.country())) return null;
                one = r.country();
            }
            return one;
        }

        /** The one country the whole dispatch names, later on too ("leur ministre, Gérard Collomb" ... "le droit français"); null when none or several. */
        private String onlyCountry() {
            return mentions.size() == 1 ? mentions.keySet().iterator().next() : null;
        }

        /** The country of most of the references before the token, when named twice or more: the dispatch's own; else null. */
        String namedTwiceBefore(int token) {
            String best = mostNamedBefore(token);
            if (best == null) return null;
            int count = 0, all = 0;
            for (Ref r : refs) {
                if (r.to() > token) continue;
                all++;
                if (best.equals(r.country())) count++;
            }
            return count >= 2 && count * 2 > all ? best : null;
        }

        private String mostNamedBefore(int token) {
            Map<String, Integer> counts = new LinkedHashMap<>();     // first named first: ties go to the lead's country
            for (Ref r : refs) if (r.to() <= token) counts.merge(r.country(), 1, Integer::sum);
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
            return best;
        }
    }
}



