package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.Actor;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.enrich.tagger.text.TokenTrie;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Reads the role titles of a dispatch with what stands around them ({@link TitlePhrase}): before the title a
 * determiner, "former", modifiers, a country or a person's possessive, or a city's name; a demonym inside it ("le
 * ministre polonais de la Défense"); after it a demonym, "of [country]" or "of [something else]", and a complement
 * ("to Turkey", "à Niamey", "for Africa"). The words come from the language's title list and person-words file.
 */
public final class TitleFinder {

    private static final int SUBJECT_WORDS = 3;    // "Le gouvernement chinois": the words before the state that opens a sentence as its subject
    private static final int INSIDE = 5;        // a demonym may stand this many words into a title ("porte-parole du ministère israélien ...")
    private static final int GENERIC_REACH = 6; // "the first ... vice president": how far back an ordinal still qualifies the title
    private static final int LEFT_WORDS = 6;    // determiner, former, modifiers, qualifier words before a title
    private static final int QUALIFIER_WORDS = 2;   // "Los Angeles Mayor"
    private static final int LINK_WORDS = 2;    // "president of the", "président de la"
    private static final int SERVED_REACH = 3;  // "to the Ukrainian president", "for Israel's prime minister": words before the served title
    private static final Set<PersonWords.Kind> MODIFIERS = EnumSet.of(PersonWords.Kind.MODIFIER);
    private static final Set<PersonWords.Kind> FORMER = EnumSet.of(PersonWords.Kind.FORMER);
    private static final Set<PersonWords.Kind> ORGANISATION = EnumSet.of(PersonWords.Kind.ORGANISATION);

    private static final String OPENING_QUOTES = "'\"\u2018\u201c\u00ab";
    private static final String CLOSING_QUOTES = "'\"\u2019\u201d\u00bb";
    private static final int ONE_OF_GAP = 2;    // "one of the two deputy prime ministers": a determiner and a number between
    private static final String PARTY_LEADER = "party_leader";
    private static final String OPPOSITION_LEADER = "opposition_leader";
    private static final int COMPANY_WORDS = 3;   // "chief executive officer": the words of a company's office joined to a title
    private static final int FIELD_WORDS = 4;   // "for East African Community Affairs": the words of a complement's field a clause's end closes
    private static final int PLACE_WORDS = 2;   // "South Bend": the words of a place the lexicon does not know after its first
    private static final int PORTFOLIO_TAIL = 6; // "de l'Egalité entre les femmes et les hommes,": the words of a portfolio's complement that a comma closes
    private static final String PORTFOLIO = "minister";   // the role of a minister's title whose portfolio the lexicon lacks: a capitalised field after it is the portfolio, no body's

    private final KnowledgeBase kb;

    public TitleFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The title phrases of the text, sentence by sentence, left to right. */
    List<TitlePhrase> find(AnalyzedText text, RefIndex refs) {
        List<TitlePhrase> out = new ArrayList<>();
        Lexicon lex = text.lexicon();
        if (lex == null) return out;
        int[] title = new int[2];          // longestTitle writes both cells at every token: one array per text
        for (Sentence s : text.sentences()) {
            int t = s.firstToken();
            while (t < s.endToken()) {
                Lexicon.Title found = longestTitle(text, refs, lex, s, t, title);
                if (found == null) {
                    TitlePhrase led = LedOffices.at(text, refs, lex, s, t);     // "Name, who led the CIA"
                    if (led != null) out.add(led);
                    t = led != null ? led.end() : t + 1;
                    continue;
                }
                out.add(phrase(text, refs, lex, s, t, title[0], found));
                t = title[0];
            }
        }
        return out;
    }

    /**
     * The longest title starting at token t, a demonym inside it allowed; {@code span} receives its end and the token
     * of the demonym (-1 when none).
     */
    private static Lexicon.Title longestTitle(AnalyzedText text, RefIndex refs, Lexicon lex, Sentence s, int t, int[] span) {
        List<Token> tokens = text.tokens();
        if (!lex.titles().mayStartAt(tokens, t)) return null;     // every title, a demonym inside or not, starts with its first word
        TokenTrie.Match<Lexicon.Title> m = lex.titles().longestAt(tokens, t, s.endToken());
        int end = m == null ? -1 : m.end();
        Lexicon.Title title = m == null ? null : m.values().get(0);
        span[1] = -1;
        for (int k = 1; k <= INSIDE && t + k < s.endToken(); k++) {
            Ref c = refs.countryAt(t + k);
            if (c == null || c.from() > t + k || !isDemonymWord(c)) continue;
            int skipTo = c.via().equals("demonym") ? c.to() : t + k + 1;        // "ministère israélien" is one institution ref: skip the demonym only
            TokenTrie.Match<Lexicon.Title> inside = lex.titles().longestAt(new Skipping(tokens, t, t + k, skipTo, s.endToken()), 0, k + s.endToken() - skipTo);
            if (inside != null && inside.end() > k) {
                int insideEnd = skipTo + inside.end() - k;
                if (insideEnd > end) {
                    end = insideEnd;
                    title = inside.values().get(0);
                    span[1] = t + k;
                }
            }
        }
        span[0] = end;
        return title;
    }

    /** "In Kyiv, Ukrainian presidential adviser", "In Kyiv, Ukraine's top commander": a demonym or a possessive before a title is no venue. */
    private static boolean ownsTitle(AnalyzedText text, Ref c) {
        return c.via().equals("demonym") || Gaps.possessive(text, c.to() - 1);
    }

    /** Whether the reference's word at its first token is a demonym ("polonais"), alone or in an institution ("ministère israélien"). */
    private static boolean isDemonymWord(Ref c) {
        return c.via().equals("demonym") || c.via().equals("institution");
    }

    private TitlePhrase phrase(AnalyzedText text, RefIndex refs, Lexicon lex, Sentence s, int titleStart, int titleEnd, Lexicon.Title title) {
        List<Token> tokens = text.tokens();
        PersonWords words = lex.personWords();
        List<Ref> countries = new ArrayList<>(2);
        Actor possessor = null;
        boolean former = false, determiner = false, qualified = false, nonState = false, organisation = false, generic = false;
        String placeCountry = null;
        TitlePhrase served = null;

        // inside the title: a demonym ("le ministre polonais de la Défense"), a country ("chef de l'Autorité palestinienne")
        int inside = titleEnd;                                              // "président du Parlement ukrainien", "porte-parole du gouvernement israélien": the institution's demonym closes the phrase
        for (int k = titleStart + 1; k < titleEnd; k++) {
            Ref c = refs.countryAt(k);
            if (c != null && (isDemonymWord(c) || c.to() <= titleEnd)) {
                countries.add(c);
                if (c.via().equals("institution") && c.from() >= titleStart) inside = Math.max(inside, c.to());
                break;
            }
        }
        // before the title
        int start = titleStart;
        int qualifiers = 0;
        for (int j = titleStart - 1, steps = 0; j >= s.firstToken() && steps < LEFT_WORDS && Gaps.joined(text, j); steps++) {
            Ref c = refs.countryAt(j);
            Ref a = refs.actorAt(j);
            int w;
            if (c != null && countries.isEmpty() && (!c.locative() || ownsTitle(text, c))) {
                countries.add(0, c);
                start = Math.min(start, c.from());
                j = c.from() - 1;
            } else if (a != null && possessor == null && countries.isEmpty() && a.actor() != null && j == a.to() - 1
                    && (Gaps.possessive(text, a.to() - 1) || lex.profile().nameOwnsTitle())) {             // "Putin's spokesman", "Zelenskiy adviser"
                possessor = a.actor();
                start = a.from();
                j = a.from() - 1;
            } else if ((w = words.startBefore(tokens, j + 1, PersonWords.Kind.FORMER, 1)) >= 0) {
                former = true;
                start = w;
                j = w - 1;
            } else if ((w = words.startBefore(tokens, j + 1, PersonWords.Kind.MODIFIER, 2)) >= 0) {
                start = w;
                j = w - 1;
            } else if ((w = words.startBefore(tokens, j + 1, PersonWords.Kind.GENERIC, 2)) >= 0) {
                generic = true;                                             // "the first female vice president"
                start = w;
                j = w - 1;
            } else if ((w = words.ordinalStart(tokens, j)) >= 0) {
                generic = true;                                             // "le 47e président": a place in a line of holders
                start = w;
                j = w - 1;
            } else if (possessor == null && countries.isEmpty() && words.is(tokens, j, PersonWords.Kind.POSSESSIVE)) {
                possessor = ownerBefore(refs, text, s, j);                  // "his special envoy": whom the pronoun stands for
                Ref state = possessor == null ? subjectStateBefore(refs, text, lex, s, j) : null;
                if (state != null) countries.add(0, state);                 // "La Chine a désavoué son ambassadeur": the state its clause opens with
                if (possessor != null || state != null) start = j;
                break;
            } else if (words.is(tokens, j, PersonWords.Kind.DETERMINER)) {
                determiner = true;
                start = j;
                break;
            } else if (words.is(tokens, j, PersonWords.Kind.NON_STATE)) {
                nonState = true;
                break;
            } else if (c == null && countries.isEmpty() && possessor == null && qualifiers < QUALIFIER_WORDS && qualifierWord(text, lex, j)) {
                qualified = true;
                qualifiers++;
                start = j;
                placeCountry = placeAt(text, start, titleStart, placeCountry);
                j--;
            } else {
                break;
            }
        }
        if (qualified && placeCountry == null) placeCountry = placeEndingAt(text, s, start, titleStart);
        if (title.role().equals(KnowledgeBase.LEADER) && qualified && countries.isEmpty() && possessor == null && placeCountry == null && !armedGroupIn(text, start, titleStart)) {
            title = new Lexicon.Title(PARTY_LEADER, title.plural(), title.form());   // "Name, the Komeito leader,", "Likud leader Name": a name that is no place, no state and no armed group before "leader" is a party's
        }
        String elided = Gaps.elidedBefore(text, start);
        if (elided != null && words.has(elided, PersonWords.Kind.DETERMINER)) determiner = true;
        if (elided != null && words.has(elided, PersonWords.Kind.FORMER)) former = true;
        generic |= genericBefore(text, lex, s, start);
        boolean playing = wordBefore(text, lex, s, start, PersonWords.Kind.PLAYING);   // "played President Name", "joue le président du Conseil Name": a character
        nonState |= playing;
        generic |= playing;                                                 // "played White House press secretary C.J. Cregg": no holder of the day either

        // after the title: a demonym, "of [country]" or "of [something else]", then a complement
        int end = inside;
        int afterModifiers = end;
        while (afterModifiers < s.endToken() && Gaps.joined(text, afterModifiers - 1) && words.is(tokens, afterModifiers, PersonWords.Kind.MODIFIER)) afterModifiers++;
        if (afterModifiers > end && lex.profile().demonymAfterNoun()) end = afterModifiers;      // "le maire sortant Denis Coderre"

        Ref after = refs.countryAt(end);
        if (after != null && after.from() == end && end < s.endToken() && Gaps.joined(text, end - 1) && !after.locative()) {
            countries.add(after);
            end = after.to();
            if (title.role().equals(PORTFOLIO)) end = portfolioAfterLink(text, lex, s, end);    // "la ministre française des Outre-mer"
        } else {
            int t = end;
            if (t < s.endToken() && Gaps.joined(text, t - 1) && acronym(tokens.get(t)) && refs.countryAt(t) == null && !NameScanner.romanisedFamilyName(text, t)) {
                qualified = true;                                           // "maire LR de Sablé-sur-Sarthe": a party's
                t++;
                end = t;
            }
            int links = 0;
            String elidedLink = end < s.endToken() ? Gaps.elidedBefore(text, end) : null;
            if (elidedLink != null && lex.profile().titleLinks().contains(elidedLink)) links++;      // "présidente d'une ONG"
            while (t < s.endToken() && links < LINK_WORDS + 1 && Gaps.joined(text, t - 1)
                    && (lex.profile().titleLinks().contains(tokens.get(t).term()) || (links > 0 && words.is(tokens, t, PersonWords.Kind.DETERMINER)))) {
                t++;
                links++;
            }
            if (links > 0 && t < s.endToken() && Gaps.joined(text, t - 1)) {
                Ref c = refs.countryAt(t);
                Ref person = refs.actorAt(t);
                int org = words.endOf(tokens, t, s.endToken(), ORGANISATION);
                if (person != null && person.from() == t && possessor == null && countries.isEmpty()) {
                    possessor = person.actor();                             // "l'ancien ministre des Finances de Lula"
                    end = person.to();
                } else if (c != null && c.from() == t && !namesSomethingElse(text, c)) {
                    boolean body = nonStateAfter(text, words, s, c.to());   // "the president of the Spanish football federation": the body's office, not the state's
                    if (!body) countries.add(c);
                    nonState |= body;
                    end = c.to();
                } else if (c != null && c.from() == t) {
                    qualified = true;                                       // "envoyée spéciale de France 2": a channel, not the state
                    end = c.to() + 1;
                } else if (org > 0) {
                    organisation = true;
                    end = org;
                } else if (possessor == null && countries.isEmpty() && (served = servedOffice(text, refs, lex, s, t)) != null) {
                    countries.addAll(served.countries());                   // "le porte-parole du président ukrainien": the served office's state
                    end = served.end();
                } else if (title.role().equals(PORTFOLIO) && portfolio(text, t)) {
                    end = portfolioEnd(text, lex, s, t);                    // "ministre du Redressement productif", "Minister of Tourism": a portfolio the lexicon lacks
                } else if (!PastYear.isYear(tokens.get(t)) && (tokens.get(t).capitalized() || !kb.functionWords().containsKey(tokens.get(t).term()))) {
                    qualified = true;                                       // not "président de 1974 à 1981": a year dates the office
                    TokenTrie.Match<KnowledgeBase.Place> place = kb.officePlaces().longestAt(tokens, t, s.endToken());
                    if (place != null) placeCountry = place.values().get(0).country();
                    nonState |= words.is(tokens, t, PersonWords.Kind.NON_STATE);
                    end = place != null ? place.end() : placeRunEnd(text, lex, s, t);   // "the Mayor of New York", "Mayor of Koszalin Piotr Jedlinski": one word, or the place
                    TokenTrie.Match<KnowledgeBase.Place> region = end < s.endToken() && Gaps.comma(text, end - 1) ? kb.officePlaces().longestAt(tokens, end, s.endToken()) : null;
                    if (region != null && Gaps.endsClause(text, region.end() - 1)) {
                        if (placeCountry == null) placeCountry = region.values().get(0).country();   // "mayor of South Bend, Indiana,": the city's state says the country
                        end = region.end();
                    }
                    if (end < s.endToken() && Gaps.joined(text, end - 1) && !tokens.get(end).capitalized() && !isLink(lex, words, tokens, end)) {
                        nonState |= words.is(tokens, end, PersonWords.Kind.NON_STATE);
                        end++;                                              // "the Kursk region", "comité d'organisation"
                    }
                }
            }
        }
        if (served == null && possessor == null && countries.isEmpty() && end < s.endToken() && Gaps.joined(text, end - 1)
                && words.is(tokens, end, PersonWords.Kind.COMPLEMENT) && (served = servedOffice(text, refs, lex, s, end + 1)) != null) {
            countries.addAll(served.countries());                           // "an adviser to Israel's prime minister"
            end = served.end();
        } else {
            end = complement(text, refs, lex, s, end);
            int mandate = mandateEnd(text, lex, s, end);
            if (served == null && possessor == null && countries.isEmpty() && mandate > end && mandate + 1 < s.endToken() && Gaps.joined(text, mandate - 1)
                    && lex.profile().titleLinks().contains(tokens.get(mandate).term()) && (served = servedOffice(text, refs, lex, s, mandate + 1)) != null) {
                countries.addAll(served.countries());                       // "conseiller principal chargé de la communication du président burundais"
                end = served.end();
            } else if (served == null && possessor == null && countries.isEmpty() && mandate > end && mandate + 1 < s.endToken() && Gaps.joined(text, mandate - 1)
                    && lex.profile().titleLinks().contains(tokens.get(mandate).term()) && refs.actorAt(mandate + 1) != null
                    && refs.actorAt(mandate + 1).from() == mandate + 1) {
                possessor = refs.actorAt(mandate + 1).actor();              // "conseiller spécial à la communication de Pierre Nkurunziza"
                end = refs.actorAt(mandate + 1).to();
            }
        }
        end = partyNamed(text, words, s, end, title);                      // "The leader of the opposition Labour Party, Name"
        end = secondField(text, lex, s, end, title);                       // "la ministre de la Culture et des Sports, Miri Regev"
        boolean work = quotedWork(text, start, end);                        // "'The American President', the 1995 film": a work's title
        nonState |= work;
        nonState |= countries.isEmpty() && possessor == null && companyPartner(text, lex, s, start, end);   // "step down as president and chief executive": a company's office; no state named
        generic |= work;
        nonState |= wordBefore(text, lex, s, start, PersonWords.Kind.KIN) && !nameAfter(text, s, end);   // "the daughter of U.S. President John F. Kennedy": the name after is the holder
        if (title.role().equals(KnowledgeBase.LEADER) && qualified && countries.isEmpty() && possessor == null && placeCountry == null && !nonState
                && partyWordIn(text, words, titleEnd, Math.min(end + 1, s.endToken())) && !armedGroupIn(text, titleEnd, end)) {
            title = new Lexicon.Title(PARTY_LEADER, title.plural(), title.form());   // "The leader of the opposition Labour Party, Name,": a party's
        }
        int member = title.plural() ? oneOfBefore(text, lex, s, start) : -1;
        if (member >= 0) {                                                  // "One of South Sudan's Vice Presidents, Name,", "Name, one of the two deputy prime ministers,": one holder
            title = new Lexicon.Title(title.role(), false, title.form());
            start = member;
        }
        Lexicon.Title office = countries.isEmpty() ? title : kb.localTitle(lex.lang(), title, countries.get(0).country());   // "Bangladesh's Foreign Secretary"
        return new TitlePhrase(start, end, titleStart, titleEnd, office, countries, possessor, former, determiner, qualified, nonState, organisation, generic, placeCountry, s.index());
    }

    /**
     * The office an aide's title serves, when a state's office follows its link or complement within a few words ("le
     * porte-parole du président ukrainien", "an adviser to Israel's prime minister"): that office's phrase, whose state
     * is the aide's; null when none follows, or when it is an organisation's or names no state ("the president of the
     * European Commission").
     */
    private TitlePhrase servedOffice(AnalyzedText text, RefIndex refs, Lexicon lex, Sentence s, int at) {
        int[] span = new int[2];
        for (int k = at; k < s.endToken() && k <= at + SERVED_REACH; k++) {
            if (k > at && !Gaps.joined(text, k - 1)) return null;
            Lexicon.Title inner = longestTitle(text, refs, lex, s, k, span);
            if (inner == null) continue;
            TitlePhrase office = holderState(text, refs, s, phrase(text, refs, lex, s, k, span[0], inner));
            boolean statesOwn = office.start() <= at && !office.countries().isEmpty() && !office.organisation() && !office.qualified() && !office.nonState();
            return statesOwn && kb.roleFamily(inner.role()) != null ? office : null;
        }
        return null;
    }

    /** The end of a mandate of one common noun after the phrase ("chargé de la communication"), or -1. */
    private int mandateEnd(AnalyzedText text, Lexicon lex, Sentence s, int end) {
        List<Token> tokens = text.tokens();
        PersonWords words = lex.personWords();
        if (end >= s.endToken() || !Gaps.joined(text, end - 1) || !words.is(tokens, end, PersonWords.Kind.COMPLEMENT)) return -1;
        int t = end + 1;
        while (t < s.endToken() && Gaps.joined(text, t - 1) && (words.is(tokens, t, PersonWords.Kind.DETERMINER) || lex.profile().titleLinks().contains(tokens.get(t).term()))) t++;
        if (t == end + 1 || t >= s.endToken() || !Gaps.joined(text, t - 1) || tokens.get(t).capitalized() || kb.functionWords().containsKey(tokens.get(t).term())) return -1;
        return t + 1;
    }

    /**
     * A served office whose holder is named right after it, as the knowledge base knows him ("conseiller spécial du
     * président Emmanuel Macron"): the name ends the phrase, and the holder's state is the office's when it names none.
     */
    private static TitlePhrase holderState(AnalyzedText text, RefIndex refs, Sentence s, TitlePhrase office) {
        if (office.possessor() != null || office.organisation() || office.nonState()
                || office.end() >= s.endToken() || !Gaps.joined(text, office.end() - 1)) return office;
        Ref holder = refs.actorAt(office.end());
        if (holder == null || holder.from() != office.end() || holder.country() == null) return office;
        List<Ref> countries = office.countries().isEmpty() ? List.of(holder) : office.countries();   // "du président burundais Pierre Nkurunziza": the holder ends it
        return new TitlePhrase(office.start(), holder.to(), office.titleStart(), office.titleEnd(), office.title(), countries, null,
                office.former(), office.determiner(), office.qualified(), false, false, office.generic(), office.placeCountry(), office.sentence());
    }

    private static boolean acronym(Token token) {
        return token.upper() && token.term().length() >= 2 && token.term().length() <= 5 && token.term().chars().allMatch(Character::isLetter);
    }

    /** The country of a place of places.tsv or office-places.tsv starting at the token ("Ohio", "Istanbul"), else the one known so far. */
    private String placeAt(AnalyzedText text, int at, int limit, String known) {
        TokenTrie.Match<KnowledgeBase.Place> m = kb.officePlaces().longestAt(text.tokens(), at, limit);
        return m == null ? known : m.values().get(0).country();
    }

    /**
     * The official a possessive pronoun before a title stands for ("Trump said ..., as his special envoy"): the first
     * person named in its sentence before it, else the first of the sentence before; none when that person speaks for
     * no state (a U.N. chief's envoy).
     */
    private static Actor ownerBefore(RefIndex refs, AnalyzedText text, Sentence s, int pronoun) {
        Actor owner = firstActor(refs, s.firstToken(), pronoun);
        if (owner == null && s.index() > 0) {
            Sentence before = text.sentences().get(s.index() - 1);
            owner = firstActor(refs, before.firstToken(), before.endToken());
        }
        return owner == null || owner.country() == null || owner.country().equals("-") ? null : owner;
    }

    /**
     * With no person before a possessive, the state that opens its sentence as the subject ("La Chine a pris ses
     * distances avec son ambassadeur", "Pékin a rappelé son envoyé", "Le gouvernement chinois ... son ambassadeur"): a
     * country named within a few words of the sentence's start (after a dateline and its date), no place ("à Paris").
     */
    private static Ref subjectStateBefore(RefIndex refs, AnalyzedText text, Lexicon lex, Sentence s, int pronoun) {
        int t = s.firstToken();
        Ref first = refs.countryAt(t);
        if (first != null && s.index() == 0 && first.from() <= 1 && text.tokens().get(first.from()).upper()) {   // "PARIS, 24 avril -": the dateline's
            t = first.to();
            while (t < pronoun && (text.tokens().get(t).term().matches("[0-9]{1,4}(er)?") || lex.calendarWord(text.termId(t)) != null)) t++;
        }
        for (int k = t; k < pronoun && k - t <= SUBJECT_WORDS; k++) {
            Ref c = refs.countryAt(k);
            if (c == null) continue;
            return c.locative() || c.actor() != null || c.via().equals("place") ? null : c;
        }
        return null;
    }

    private static Actor firstActor(RefIndex refs, int from, int to) {
        for (int t = from; t < to; t++) {
            Ref a = refs.actorAt(t);
            if (a != null && a.actor() != null) return a.actor();
        }
        return null;
    }

    /** "Los Angeles Mayor": an office place ending right before the title whose first word is no qualifier alone (a function word of another language). */
    private String placeEndingAt(AnalyzedText text, Sentence s, int start, int titleStart) {
        for (int from = start - 1; from >= Math.max(s.firstToken(), start - QUALIFIER_WORDS) && Gaps.joined(text, from); from--) {
            TokenTrie.Match<KnowledgeBase.Place> m = kb.officePlaces().longestAt(text.tokens(), from, titleStart);
            if (m != null && m.end() == titleStart) return m.values().get(0).country();
        }
        return null;
    }

    /** A capitalised word that may open a portfolio: no year, no acronym (a party's, "ministre LR"). */
    private static boolean portfolio(AnalyzedText text, int t) {
        Token token = text.tokens().get(t);
        return token.capitalized() && !token.upper() && !PastYear.isYear(token) && Character.isLetter(text.body().charAt(token.start()));
    }

    /** The end of a portfolio opening at the token: its capitalised word, then the lower-case words that qualify it ("Redressement productif", "Outre-mer"). */
    private int portfolioEnd(AnalyzedText text, Lexicon lex, Sentence s, int t) {
        int end = t + 1;
        while (end < s.endToken() && Gaps.inName(text, end - 1) && !text.tokens().get(end).capitalized()
                && !kb.functionWords().containsKey(text.tokens().get(end).term()) && !isLink(lex, lex.personWords(), text.tokens(), end)
                && !lex.personWords().is(text.tokens(), end, PersonWords.Kind.PORTFOLIO_LINK)) end++;
        return portfolioTail(text, lex, s, end);
    }

    /**
     * After a portfolio, its complement opened by a portfolio link of person-words ("de l'Egalité entre les femmes et les
     * hommes", "de la Lutte contre la pauvreté", "des Relations avec le Parlement"), when a comma closes it within a few
     * words, the name's apposition after it: lower-case words, a capitalised one only after a determiner or an elision
     * (a name would stand there bare: "chargé des Transports avec Paul Moreau" is no portfolio); else the portfolio's end.
     */
    private static int portfolioTail(AnalyzedText text, Lexicon lex, Sentence s, int end) {
        List<Token> tokens = text.tokens();
        PersonWords words = lex.personWords();
        if (end >= s.endToken() || !Gaps.joined(text, end - 1) || !words.is(tokens, end, PersonWords.Kind.PORTFOLIO_LINK)) return end;
        for (int v = end + 1; v < s.endToken() && v - end <= PORTFOLIO_TAIL; v++) {
            if (Gaps.comma(text, v - 1)) return v > end + 1 ? v : end;
            if (!Gaps.joined(text, v - 1)) return end;
            if (tokens.get(v).capitalized() && !words.is(tokens, v - 1, PersonWords.Kind.DETERMINER) && Gaps.elidedBefore(text, v) == null) return end;
        }
        return end;
    }

    /** After a minister's title and its demonym, the end of a portfolio a link opens ("des Outre-mer"), or {@code end} when none. */
    private int portfolioAfterLink(AnalyzedText text, Lexicon lex, Sentence s, int end) {
        int t = end;
        int links = 0;
        while (t < s.endToken() && links <= LINK_WORDS && Gaps.joined(text, t - 1) && lex.profile().titleLinks().contains(text.tokens().get(t).term())) {
            t++;
            links++;
        }
        if (links == 0 || t >= s.endToken() || !Gaps.joined(text, t - 1) || !portfolio(text, t) || text.lexicon().titles().longestAt(text.tokens(), t, t + 1) != null) return end;
        return portfolioEnd(text, lex, s, t);
    }

    /**
     * The end of a place of capitalised words that qualifies a title, the lexicon knowing no such place: the first word, and
     * up to two more when a comma or the end of the clause closes them ("the former mayor of South Bend, Indiana,"); with
     * no comma after them they may be the holder's name ("Mayor of Koszalin Piotr Jedlinski"): the first word alone.
     */
    private static int placeRunEnd(AnalyzedText text, Lexicon lex, Sentence s, int t) {
        int end = t + 1;
        while (end < s.endToken() && end - t <= PLACE_WORDS && Gaps.inName(text, end - 1) && text.tokens().get(end).capitalized()
                && !text.tokens().get(end).upper() && lex.titles().longestAt(text.tokens(), end, end + 1) == null) end++;
        return end > t + 1 && Gaps.endsClause(text, end - 1) ? end : t + 1;
    }

    /**
     * After a minister's title, a second field its portfolio joins: the conjunction, a link, a capitalised word ("la ministre
     * de la Culture et des Sports", "ministre de l'Intérieur et des Cultes"); a link is required, "la ministre de la Culture
     * et Gérald Darmanin" naming two people.
     */
    private int secondField(AnalyzedText text, Lexicon lex, Sentence s, int end, Lexicon.Title title) {
        if (!(title.role().equals(PORTFOLIO) || title.role().endsWith("_minister")) || end + 2 >= s.endToken() || !Gaps.joined(text, end - 1)
                || !lex.profile().conjunctions().contains(text.tokens().get(end).term())) return end;
        int t = end + 1;
        int links = 0;
        while (t < s.endToken() && links <= LINK_WORDS && Gaps.joined(text, t - 1) && lex.profile().titleLinks().contains(text.tokens().get(t).term())) {
            t++;
            links++;
        }
        String elided = t < s.endToken() ? Gaps.elidedBefore(text, t) : null;
        if (elided != null && lex.profile().titleLinks().contains(elided)) links++;
        if (links == 0 || t >= s.endToken() || !Gaps.joined(text, t - 1) || !portfolio(text, t) || lex.titles().longestAt(text.tokens(), t, t + 1) != null) return end;
        return portfolioEnd(text, lex, s, t);
    }

    /**
     * Whether the phrase is all a quoted title ("'The American President'", "« Le Président »"): an opening quote right
     * before it and a closing one right after it, a work's name and no office.
     */
    private static boolean quotedWork(AnalyzedText text, int start, int end) {
        if (start == 0 || end >= text.tokens().size()) return false;
        String before = text.body().substring(text.tokens().get(start - 1).end(), text.tokens().get(start).start()).strip();
        String after = text.body().substring(text.tokens().get(end - 1).end(), text.tokens().get(end).start()).strip();
        return !before.isEmpty() && OPENING_QUOTES.indexOf(before.charAt(before.length() - 1)) >= 0
                && !after.isEmpty() && CLOSING_QUOTES.indexOf(after.charAt(0)) >= 0 && !after.startsWith("'s") && !after.startsWith("\u2019s");
    }

    /** A capitalised word right after the phrase, with no comma between: the name of the phrase's holder. */
    private static boolean nameAfter(AnalyzedText text, Sentence s, int end) {
        return end < s.endToken() && Gaps.joined(text, end - 1) && text.tokens().get(end).capitalized();
    }

    /**
     * A word of the kind right before the phrase, a link or a determiner between: "la veuve de l'ancien président", "the
     * widow of the former president" (kin: the person is a relative of the office holder), "played President", "joue le
     * président" (playing: a character's office).
     */
    private static boolean wordBefore(AnalyzedText text, Lexicon lex, Sentence s, int start, PersonWords.Kind kind) {
        int t = start - 1;
        if (t >= s.firstToken() && (lex.profile().titleLinks().contains(text.tokens().get(t).term()) || lex.personWords().is(text.tokens(), t, PersonWords.Kind.DETERMINER))) t--;
        String elided = Gaps.elidedBefore(text, start);
        if (elided != null && lex.profile().titleLinks().contains(elided)) t = start - 1;   // "veuve de l'ancien": the link is elided
        return t >= s.firstToken() && lex.personWords().is(text.tokens(), t, kind);
    }

    /** "the second woman named prime minister": an ordinal a few words before, in the same clause. */
    private static boolean genericBefore(AnalyzedText text, Lexicon lex, Sentence s, int start) {
        int lowerCase = 0;                                          // one adjective at most ("female"); "the first case is of the mayor" is no ordinal of the mayor
        for (int j = start - 1; j >= Math.max(s.firstToken(), start - GENERIC_REACH); j--) {
            if (Gaps.comma(text, j)) return false;
            if (lex.personWords().is(text.tokens(), j, PersonWords.Kind.GENERIC)) return true;
            Token token = text.tokens().get(j);
            if (!token.capitalized() && !lex.profile().conjunctions().contains(token.term()) && ++lowerCase > 1) return false;
        }
        return false;
    }

    /** A country's name followed by a number: a channel or a team ("France 2", "France 24"), not the state. */
    private static boolean namesSomethingElse(AnalyzedText text, Ref c) {
        if (c.to() >= text.tokens().size() || !Gaps.joined(text, c.to() - 1)) return false;
        return Character.isDigit(text.body().charAt(text.tokens().get(c.to()).start()));
    }

    /** The end of a complement after the phrase ("to Turkey", "à Niamey", "for Africa", "to the United Nations"), or {@code end} when none. */
    private int complement(AnalyzedText text, RefIndex refs, Lexicon lex, Sentence s, int end) {
        List<Token> tokens = text.tokens();
        PersonWords words = lex.personWords();
        if (end >= s.endToken() || !Gaps.joined(text, end - 1) || !words.is(tokens, end, PersonWords.Kind.COMPLEMENT)) return end;
        int t = end + 1;
        while (t < s.endToken() && Gaps.joined(text, t - 1) && (words.is(tokens, t, PersonWords.Kind.DETERMINER) || lex.profile().titleLinks().contains(tokens.get(t).term()))) t++;
        if (t >= s.endToken() || !Gaps.joined(text, t - 1)) return end;
        Ref c = refs.countryAt(t);
        if (c != null && c.from() == t) return c.to();
        int org = words.endOf(tokens, t, s.endToken(), ORGANISATION);
        if (org > 0) return org;
        int u = t;                                                          // a place: "for Africa", "à Niamey"; not "to the coalition"
        while (u < s.endToken() && u - t < QUALIFIER_WORDS && (u == t || Gaps.joined(text, u - 1)) && tokens.get(u).capitalized()
                && !kb.functionWords().containsKey(tokens.get(u).term()) && !isLink(lex, words, tokens, u)) u++;
        if (u > t) return longerField(text, lex, words, s, t, u);
        if (words.is(tokens, end, PersonWords.Kind.COMPLEMENT) && !tokens.get(t).capitalized() && !kb.functionWords().containsKey(tokens.get(t).term())
                && t + 1 < s.endToken() && Gaps.joined(text, t) && words.is(tokens, t + 1, PersonWords.Kind.COMPLEMENT)) {
            int next = complement(text, refs, lex, s, t + 1);               // "chargé de la réconciliation en Afghanistan": a mandate, then its place
            if (next > t + 1) return next;
        }
        return end;
    }

    /**
     * A field of more capitalised words than a qualifier holds after a complement, when the clause ends or a conjunction
     * follows it ("minister for East African Affairs and a figure of", "envoy for the Great Lakes Region,"): the field,
     * not a name; with a lower-case word after it ("Minister for Home Affairs K. Shanmugam said") the words may be a name.
     */
    private int longerField(AnalyzedText text, Lexicon lex, PersonWords words, Sentence s, int t, int u) {
        if (u - t < QUALIFIER_WORDS) return u;
        List<Token> tokens = text.tokens();
        int v = u;
        while (v < s.endToken() && v - t < FIELD_WORDS && Gaps.joined(text, v - 1) && tokens.get(v).capitalized()
                && !kb.functionWords().containsKey(tokens.get(v).term()) && !isLink(lex, words, tokens, v)) v++;
        if (v == u) return u;
        boolean closed = v >= s.endToken() || Gaps.endsClause(text, v - 1)
                || (Gaps.joined(text, v - 1) && lex.profile().conjunctions().contains(tokens.get(v).term()));
        return closed ? v : u;
    }

    /**
     * Whether a conjunction joins the phrase to a company's office word of person-words (non_state) right after or right
     * before it ("as president and chief executive", "chairman and president of"): one office of a company, not a state's.
     */
    private static boolean companyPartner(AnalyzedText text, Lexicon lex, Sentence s, int start, int end) {
        List<Token> tokens = text.tokens();
        PersonWords words = lex.personWords();
        if (end + 1 < s.endToken() && Gaps.joined(text, end - 1) && Gaps.joined(text, end) && lex.profile().conjunctions().contains(tokens.get(end).term())
                && words.endOf(tokens, end + 1, s.endToken(), EnumSet.of(PersonWords.Kind.NON_STATE)) > end + 1) return true;
        int and = start - 1;
        return and - 1 >= s.firstToken() && Gaps.joined(text, and - 1) && Gaps.joined(text, and) && lex.profile().conjunctions().contains(tokens.get(and).term())
                && words.startBefore(tokens, and, PersonWords.Kind.NON_STATE, COMPANY_WORDS) >= s.firstToken();
    }

    /**
     * The start of a word of one among several (person-words one_of: "one of") right before the phrase, a determiner and
     * a number at most between ("one of the two deputy prime ministers"), or -1.
     */
    private static int oneOfBefore(AnalyzedText text, Lexicon lex, Sentence s, int start) {
        PersonWords words = lex.personWords();
        int at = start;
        for (int skipped = 0; skipped <= ONE_OF_GAP && at > s.firstToken(); skipped++) {
            int from = words.startBefore(text.tokens(), at, PersonWords.Kind.ONE_OF, 3);
            if (from >= s.firstToken() && Gaps.joined(text, at - 1)) return from;
            Token before = text.tokens().get(at - 1);
            boolean number = lex.calendarWord(text.termId(at - 1)) != null && lex.calendarWord(text.termId(at - 1)).number() != null;
            if (!Gaps.joined(text, at - 1) || !(words.is(text.tokens(), at - 1, PersonWords.Kind.DETERMINER) || number || before.term().matches("[0-9]+"))) return -1;
            at--;
        }
        return -1;
    }

    /**
     * After a party leader's or an opposition leader's title, the end of the party's name that follows it, capitalised
     * words closed by a party's word ("leader of the opposition Labour Party", "leader of the opposition Constitutional
     * Democratic Party"), or {@code end} when none.
     */
    private static int partyNamed(AnalyzedText text, PersonWords words, Sentence s, int end, Lexicon.Title title) {
        if (!(title.role().equals(PARTY_LEADER) || title.role().equals(OPPOSITION_LEADER))) return end;
        int t = end;
        while (t < s.endToken() && t - end < FIELD_WORDS && Gaps.joined(text, t - 1) && text.tokens().get(t).capitalized()) {
            if (words.is(text.tokens(), t, PersonWords.Kind.PARTY)) return t + 1;
            t++;
        }
        return end;
    }

    /**
     * Whether a body's word (person-words kind {@code non_state}: "federation", "committee", "club") stands among the
     * few words right after a demonym in a title's complement, before any break ("president of the Spanish football
     * federation", "président de la Fédération française de football" reads its word before the demonym).
     */
    private static boolean nonStateAfter(AnalyzedText text, PersonWords words, Sentence s, int from) {
        for (int t = from; t < s.endToken() && t - from < FIELD_WORDS && Gaps.joined(text, t - 1); t++) {
            if (words.is(text.tokens(), t, PersonWords.Kind.NON_STATE)) return true;
        }
        return false;
    }

    /** Whether a party's word of person-words (party: "Party") stands among the tokens [from, to). */
    private static boolean partyWordIn(AnalyzedText text, PersonWords words, int from, int to) {
        for (int t = from; t < to; t++) if (words.is(text.tokens(), t, PersonWords.Kind.PARTY)) return true;
        return false;
    }

    /** Whether an armed group of the knowledge base stands among the tokens [from, to) ("the Hamas leader": no party's). */
    private boolean armedGroupIn(AnalyzedText text, int from, int to) {
        for (int t = from; t < to; t++) if (kb.armedGroups().longestAt(text.tokens(), t, to) != null) return true;
        return false;
    }

    private static boolean isLink(Lexicon lex, PersonWords words, List<Token> tokens, int t) {
        return lex.profile().titleLinks().contains(tokens.get(t).term()) || words.is(tokens, t, PersonWords.Kind.COMPLEMENT)
                || words.is(tokens, t, PersonWords.Kind.DETERMINER);
    }

    /** A capitalised word that names something other than a country before a title: "Istanbul" Mayor, "FIFA" President. */
    private boolean qualifierWord(AnalyzedText text, Lexicon lex, int j) {
        Token token = text.tokens().get(j);
        if (!token.capitalized() || !Character.isLetter(text.body().charAt(token.start()))) return false;
        if (kb.functionWords().containsKey(token.term()) || lex.calendarWord(text.termId(j)) != null) return false;
        PersonWords words = lex.personWords();
        return !words.is(text.tokens(), j, PersonWords.Kind.HONORIFIC) && lex.titles().longestAt(text.tokens(), j, j + 1) == null;
    }

    /** The tokens [from, skipFrom) then [skipTo, limit): a title read over the demonym inside it. */
    private static final class Skipping extends AbstractList<Token> implements RandomAccess {
        private final List<Token> tokens;
        private final int from, skipFrom, skipTo, limit;

        Skipping(List<Token> tokens, int from, int skipFrom, int skipTo, int limit) {
            this.tokens = tokens;
            this.from = from;
            this.skipFrom = skipFrom;
            this.skipTo = skipTo;
            this.limit = limit;
        }

        @Override
        public Token get(int i) {
            int before = skipFrom - from;
            return tokens.get(i < before ? from + i : skipTo + i - before);
        }

        @Override
        public int size() {
            return (skipFrom - from) + (limit - skipTo);
        }
    }
}
