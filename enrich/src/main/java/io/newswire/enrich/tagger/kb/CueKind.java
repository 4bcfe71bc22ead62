package io.newswire.enrich.tagger.kb;

import io.newswire.schemas.EventStatus;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a cue phrase of cues-{lang}.tsv says about the sentence it stands in (the file's {@code cue} column, by its
 * {@link #wireName()}). Most kinds carry no value ({@code -}); the status kinds carry an event status, MULTILATERAL
 * the number of states when it says it, WITH {@code adjacent} when its party must follow closely.
 */
public enum CueKind {
    /**
     * The status it gives the event it governs: "will" (planned), "hoped to" (wished), "called for" (called_for),
     * "took place" (occurred), "denied" (denied)... It governs the trigger it stands before in the same clause, or a
     * noun trigger it follows ("the ceasefire took effect"); each rule reads the status as its type takes it.
     */
    MODALITY("modality", Value.STATUS),
    /** A negation right before a trigger ("did not meet", "ne s'étaient pas rencontrés"): it did not happen. */
    NEGATION("negation", Value.NONE),
    /**
     * The event hangs on a condition ("unless", "as a condition for", "à condition que"): conditional; value
     * {@code weak} for a bare "if"/"si", which leaves an offer an offer ("ready to meet him if..."); {@code waived} for
     * "without preconditions", which makes a plan an offer ("would meet him without preconditions"); {@code reserved} for an
     * acceptance "in principle", conditional only when a contrast that sets a demand or a condition follows it.
     */
    CONDITION("condition", Value.STRENGTH),
    /** Opens a relative clause whose subject is what stands before it ("who", "qui", "dont"). */
    RELATIVE("relative", Value.PLACEMENT),
    /** Opens a clause with a subject of its own, or none ("while", "after", "but", "alors que", "mais"). */
    CLAUSE("clause", Value.PLACEMENT),
    /** A personal pronoun standing for a person named before ("he", "il"). */
    PRONOUN("pronoun", Value.NONE),
    /** A newsroom or the press: who speaks to it by phone makes no diplomatic call ("news agency", "la BBC"). */
    MEDIA("media", Value.NONE),
    /** A body or thing named after an event ("committee", "line", "monitors"): the trigger beside it is no event. */
    BODY("body", Value.NONE),
    /** A monitoring mandate ("to monitor", "surveiller"): the truce it watches is no new event of the sentence. */
    MONITOR("monitor", Value.NONE),
    /** A truce that is no ceasefire between armed forces ("tariff", "trade", "commerciale"). */
    NON_MILITARY("non_military", Value.NONE),
    /** Who puts the event forward, named after it ("proposed by", "proposée par"): a truce's proposer mediates, a summit's takes part. */
    PROPOSER("proposer", Value.NONE),
    /** Criminal groups ("street gangs", "les gangs"): a truce they make, with no state named between, is no ceasefire of a war. */
    GANG("gang", Value.NONE),
    /** People who speak for their state: a demonym before it names officials ("Russian delegations", "son homologue turc"). */
    OFFICIALS("officials", Value.NONE),
    /** A word of the service officials belong to, between their demonym and their noun ("military delegations", "délégations militaires"). */
    SERVICE("service", Value.NONE),
    /** Points back to an event already told ("this call", "cet entretien"): another report of it. */
    DEMONSTRATIVE("demonstrative", Value.NONE),
    /**
     * A title with no name and no state that opens a readout ("The President", "Le chef de l'Etat"): the office holder
     * of the state that issues it, when no one has been named before it.
     */
    ISSUER_TITLE("issuer_title", Value.NONE),
    /** Who is named after it takes part alongside the subject ("aux côtés de Xi Jinping", "alongside"). */
    ALONGSIDE("alongside", Value.NONE),
    /** Joins an event already under way ("joined it by telephone", "participaient également aux discussions"). */
    JOIN("join", Value.NONE),
    /** Introduces the agent of a passive verb ("was received by", "reçu par"): who follows does what the verb says. */
    PASSIVE_AGENT("passive_agent", Value.NONE),
    /** Who is named after it sponsors the truce, not a side ("sous l'égide", "sponsored by"). */
    SPONSOR("sponsor", Value.NONE),
    /** Right before a group's name, it makes the name a qualifier of one member left unnamed ("a Group of Seven leader"): the group's members are no sides. */
    ONE_MEMBER("one_member", Value.NONE),
    /** The occasion of a meeting follows ("en marge de", "on the sidelines of"): who is named in it is not a side. */
    OCCASION("occasion", Value.NONE),
    /** Who is named right before it mediated the truce ("Egypt-brokered", "mediated"). */
    SPONSOR_AFTER("sponsor_after", Value.NONE),
    /** Who is named after it negotiated the truce, sides unless they are named apart ("négocié par"). */
    NEGOTIATOR("negotiator", Value.NONE),
    /** Negotiations between two sides ("pourparlers", "peace talks"): they are the truce's sides. */
    NEGOTIATION("negotiation", Value.NONE),
    /** A plural anaphor that stands for the parties named before ("ils", "the two leaders"), with how many when it says it ("the four leaders": 4). */
    ANAPHOR("anaphor", Value.SIZE),
    /** Sport context: no diplomacy in the sentence ("match", "championship"). */
    SPORT("sport", Value.NONE),
    /** A sport verb: with a score in the sentence, no diplomacy ("beat", "battu"). */
    SPORT_VERB("sport_verb", Value.NONE),
    /** A figure of speech that holds a sport word ("shouting match", "scored a diplomatic victory"): the sport word inside it names no sport. */
    FIGURE("figure", Value.NONE),
    /** A meeting watched by the press ("in front of reporters", "before television cameras"): the media word inside it tells no interview. */
    BEFORE_PRESS("before_press", Value.NONE),
    /** A locative preposition: the place after it is a venue, not a party ("à", "in"). */
    LOCATIVE("locative", Value.NONE),
    /** Joins the called to the caller ("avec", "with"; "to" is {@code adjacent}: its party follows closely). */
    WITH("with", Value.ADJACENT),
    /** Introduces the sides of a meeting or truce ("entre", "between"). */
    BETWEEN("between", Value.NONE),
    /** A source or reporting verb: who follows it reports, does not take part ("selon", "a déclaré"). */
    SPEAKER("speaker", Value.NONE),
    /** Points back to a noun phrase put first: the clause it opens tells of that phrase ("voilà ce que", "that is what"). */
    POINTER("pointer", Value.NONE),
    /** What the parties talk about follows: not a party ("à propos de", "about"). */
    TOPIC("topic", Value.NONE),
    /** Who follows is accused or targeted by a side ("accused Iran of", "a accusé la Russie de"): no side of a meeting or a call, a side of the truce it is accused of breaking. */
    TARGET("target", Value.NONE),
    /** Who is named before it stayed away: no side of the meeting its clause describes ("from which Ukraine was absent"). */
    ABSENT("absent", Value.NONE),
    /** A meeting or call of several states ("à trois": 3, "conference call": -). */
    MULTILATERAL("multilateral", Value.SIZE),
    /** A meeting of ministers, not of leaders: no summit ("ministres", "ministerial"). */
    MINISTERIAL("ministerial", Value.NONE),
    /** Officials right after a visit's noun whose visit it is ("la visite à Washington d'une délégation de"): no summit of leaders. */
    VISITING_OFFICIALS("visiting_officials", Value.NONE),
    /** Heads of state or government are named: a "meet" trigger makes a summit ("dirigeants", "leaders of"). */
    LEADERS("leaders", Value.NONE),
    /** The region named earlier: the truce is placed in the last place named ("dans la région"). */
    REGION("region", Value.NONE),
    /** A site, not a state's seat: a visit to it meets no one, whatever country names it ("a cemetery of U.S. Marines", "une usine"). */
    SITE("site", Value.NONE),
    /** A place noun next to a demonym: the demonym places, it does not act ("la région syrienne"). */
    PLACE_NOUN("place_noun", Value.NONE),
    /** A treaty or format word before a capital: the capital names the treaty ("accord de", "format de"). */
    TREATY_BEFORE("treaty_before", Value.NONE),
    /** A treaty or format word after a capital ("Minsk agreement", "Normandy format"). */
    TREATY_AFTER("treaty_after", Value.NONE),
    /** A group whose summit is a gathering of its members ("sommet du G20", "NATO summit"): attending it proposes no summit between states. */
    GATHERING("gathering", Value.NONE),
    /** Attending a gathering ("attended", "a participé au"): who attended a summit with another did not meet him for it. */
    ATTENDANCE("attendance", Value.NONE),
    /** What follows it happened before the event of its clause ("au lendemain de", "the day after"): a meeting of its own. */
    EARLIER("earlier", Value.NONE),
    /** What follows it happens after the event of its clause ("a day before", "on the eve of", "deux jours avant", "à la veille de"): an event of its own, on the clause's date plus the gap. */
    LATER("later", Value.NONE),
    /** Names the event of the kind held before the one told ("their previous call", "the previous one", "leur dernier", "le précédent"): another event, on its own date, of the same sides. */
    PREVIOUS("previous", Value.NONE),
    /** Puts a conversation's sides in one place ("en personne", "dans les coulisses", "in person"): a meeting, not a call. */
    IN_PERSON("in_person", Value.NONE),
    /** Right after the official a dial verb takes, it names or asks, not phones ("called Putin a war criminal", "a appelé Moscou à"). */
    CALLEE_COMPLEMENT("callee_complement", Value.NONE),
    /** What the talks named before it are on or for follows ("talks on", "aimed at", "pourparlers sur", "en vue d'"): a truce there is under discussion. */
    AIM("aim", Value.NONE),
    /** A deal, plan or proposal that a relative clause tells an event of ("a proposal that would bring a truce"): the event stands where the deal stands. */
    CARRIER("carrier", Value.NONE),
    /**
     * What talks ended in, told after the noun of a meeting or a call ("ended without agreement", "produced an
     * agreement", "ont abouti à un accord"): the talk took place, and a status word after it speaks of its outcome.
     */
    OUTCOME("outcome", Value.NONE),
    /** Right before a truce word, it makes the truce history ("the 70th anniversary of the armistice", "70 years since armistice"): no event. */
    HISTORY("history", Value.NONE),
    /**
     * Right before a truce word, a war's close ("ended in an", "s'était close par un"): with a year before the
     * dispatch's in its clause before it ("the 1950-53 conflict ended in an armistice", "la guerre de 2020 s'était close
     * par un cessez-le-feu"), the truce is history: no event; talks that ended in a truce name no past year and stand.
     */
    WAR_END("war_end", Value.NONE),
    /**
     * In a relative right after a truce word, its verb closing a war ("that ended the war", "qui avait mis fin à la
     * guerre"): with a year before the dispatch's in that relative ("the truce that ended the war in 2008", "l'accord de
     * cessez-le-feu qui avait mis fin à la guerre d'août 2008"), the truce is history: no event.
     */
    WAR_CLOSER("war_closer", Value.NONE),
    /**
     * Before a truce word, its extension or renewal ("agreed to extend", "two more months of", "prolonger", "la
     * prolongation"): an end told after the truce so agreed ("qui expirait lundi soir", "hours before it ran out") is
     * the term it was extended past, not its latest state.
     */
    EXTENSION("extension", Value.NONE),
    /**
     * Right before a truce word, a verb or noun of keeping it ("respect the", "abide by the", "respecter le", "au respect
     * du"): a call to keep a truce speaks of one in force ("urged both sides to respect the ceasefire"), not of one asked for.
     */
    KEEP("keep", Value.NONE),
    /**
     * A refusal told by an act, with no object of its own ("pressed on with its offensive", "answered with air strikes",
     * "would not lay down their weapons"): in the sentences right after a truce asked for, proposed or declared, before
     * any event word of their own, the side needed for the truce has turned it down (RefusedNextSentence).
     */
    DEFIANCE("defiance", Value.NONE),
    /** What follows is conceded, and did not prevail ("despite", "malgré"): a refusal after it undoes nothing ("a approuvé l'accord, malgré le refus de deux ministres"). */
    CONCESSION("concession", Value.NONE),
    /**
     * A plural possessive before a meeting or call noun ("after their summit", "lors de leur entretien"): the event is
     * owned by the people its clause names (who speaks and whom he tells) or, for an earlier meeting, by every side of
     * the clause's meeting, not by the subject alone.
     */
    OWNERS("owners", Value.NONE),
    /**
     * A singular possessive before a meeting noun ("his", "sa", "son"): after a reception, the earlier meeting it owns in
     * a phrase of time is the guest's, who travels ("welcomed Zelenskiy, a day after his meeting with Trump"), not the
     * host's, unless that meeting was held in the host's own country ("a week after his talks with Stubb in Washington").
     */
    OWNER("owner", Value.NONE),
    /** Whose auspices talks are held under ("under the auspices", "sous l'égide"): an official of the state that holds them hosts and takes part. */
    AUSPICES("auspices", Value.NONE),
    /**
     * Right before a meeting verb, a word of purpose ("to", "pour"): after a trip told as done in its clause, the meeting
     * it was made for took place ("travelled to Warsaw to meet Tusk", "s'est rendu à Paris pour rencontrer Macron").
     */
    PURPOSE("purpose", Value.NONE),
    /**
     * A verb of leaving for a place ("heads to", "leaves for", "s'envole pour"): in a headline's bare present the trip is
     * under way and the meeting it is made for is still to come, not a past fact ("Modi heads to Moscow for talks").
     */
    DEPARTURE("departure", Value.NONE),
    /**
     * The tail of a verb trigger that may follow the verb's object ("together", "around", "a tour"): "brought Aliyev and
     * Pashinyan together", "showed Shoigu around" read as "brought together", "showed around" (CueIndex.triggersAroundObject).
     */
    PARTICLE("particle", Value.NONE),
    /**
     * A guest's word for the one who receives him, owned by a possessive ("son hôte", "leur hôte"): it stands for the
     * person named last before it, in its sentence or the ones before, whose state is not its owner's ("le président
     * chinois a invité son hôte à se rendre en Chine": the Russian president who received him) (HostWord).
     */
    HOST_WORD("host_word", Value.NONE),
    /**
     * Right before a talks noun, it makes the talks the origin of a decision ("the step followed discussions with Britain",
     * "cette décision faisait suite à des discussions au sein de l'UE"): talks that name no person and no place are a
     * process, no meeting.
     */
    BACKGROUND("background", Value.NONE),
    /**
     * Right after a refusal told after an event's noun, a word that opens the refusal's own object: an article, a
     * determiner, an infinitive's "to" or "de", a noun of what is said ("rejecting claims that", "declining to give
     * details", "a refusé de commenter", "ayant rejeté toute médiation"): the refusal speaks of that, not of the event.
     */
    OWN_OBJECT("own_object", Value.NONE),
    /**
     * Right before a second infinitive, joins it to the first ("agreed to open talks and to meet", "sont convenus
     * d'ouvrir des négociations et de se rencontrer"): the modality cue that governs the first governs it too.
     */
    COORDINATE("coordinate", Value.NONE),
    /**
     * A small word repeated before each name of a list ("les dirigeants de l'Australie, de l'Inde, du Japon et des
     * Etats-Unis"): a comma between a name it stands before and the next one it opens joins them, closing no clause.
     */
    LIST_LINK("list_link", Value.NONE),
    /**
     * A threat ("warned of", "consequences", "a menacé", "conséquences"): a condition after it, past an event told
     * before it, is the threat's, not the event's ("would meet Putin on Friday, and warned of very severe consequences if
     * Moscow did not agree": the meeting stays planned).
     */
    THREAT("threat", Value.NONE),
    /**
     * A word of a truce's own noun phrase that says what it covers or when it holds ("a ceasefire in the Black Sea": sea,
     * "the halt to strikes on energy": energy, "la trêve de Pâques": easter, "le cessez-le-feu complet": full): two truces
     * of different scopes in one dispatch are two truces; value: the scope's label ({@code partial} goes with any but
     * {@code full}).
     */
    TRUCE_SCOPE("truce_scope", Value.LABEL),
    /**
     * The word that names who gives a thing received or met with ("received congratulations from Xi", "met with
     * rejection from Scholz"): the noun before it is a thing, and the one named after it gave it, no one met.
     */
    SOURCE("source", Value.NONE),
    /**
     * An adverb of repetition between a meeting verb and its object ("met again with", "a rencontré de nouveau le
     * Premier ministre grec"): skipped where the object starts, as a day is; "de" of "de nouveau" is no determiner there.
     */
    REPEAT("repeat", Value.NONE),
    /**
     * An envoy's title and the word of his posting ("ambassador to"): a state named right after it, with another state
     * named right before the title ("the U.S. ambassador to Ukraine"), is where the envoy serves, no side of his talks.
     */
    POSTING("posting", Value.NONE),
    /**
     * A phrase that names who invited a visit ("at the invitation of", "à l'invitation de"): its invitation noun is the
     * circumstance of the sentence's visit, no offer of its own, and it does not govern the visit's status.
     */
    INVITATION_PHRASE("invitation_phrase", Value.NONE),
    /**
     * A refusal told by the event's existence denied ("there will be no", "pas de"), written again as its modality line:
     * a bare negation, which a condition after it makes conditional ("There will be no meeting unless ...").
     */
    EXISTENCE_DENIAL("existence_denial", Value.NONE),
    /**
     * An object pronoun written before the verb ("lui", "Poutine lui avait téléphoné"): right before a call or talk verb
     * (or its auxiliary), it is the other side, who the pronoun stands for (the speaker, or who was named before).
     */
    CALLEE_PRONOUN("callee_pronoun", Value.NONE);

    /** What the {@code value} column of a cue of the kind holds. */
    public enum Value {
        /** Nothing: {@code -}. */
        NONE,
        /** An event status wire name ({@code called_for}). */
        STATUS,
        /** A number of states ({@code 3}), or {@code -} when the phrase does not say. */
        SIZE,
        /** {@code adjacent} when the party must follow within a few tokens, else {@code -}. */
        ADJACENT,
        /**
         * How a clause word opens its clause: {@code -} (a clause of its own), {@code after_comma} (only after a comma:
         * ", and"), {@code phrase} (a phrase of time or place whose meeting takes its clause's tense: "during", "lors de"),
         * {@code report} (what a verb says or denies, running to the end: "that", "que"), {@code contrast} (a clause of its
         * own that may undo what the clause before tells: "but", "mais").
         */
        PLACEMENT,
        /** {@code weak}, {@code waived}, {@code reserved} or {@code -}. */
        STRENGTH,
        /** A lower-case label ({@code energy}, {@code sea}). */
        LABEL
    }

    private final String wireName;
    private final Value value;

    CueKind(String wireName, Value value) {
        this.wireName = wireName;
        this.value = value;
    }

    public String wireName() {
        return wireName;
    }

    public Value value() {
        return value;
    }

    /** The kind written {@code wireName} in a cues file, or empty. */
    public static Optional<CueKind> find(String wireName) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(wireName)).findFirst();
    }

    /** Why {@code value} is not a valid value for a cue of this kind, or null when it is. */
    public String problemWith(String value) {
        boolean ok = switch (this.value) {
            case NONE -> value.equals("-");
            case STATUS -> EventStatus.find(value).isPresent();
            case SIZE -> value.equals("-") || value.matches("[2-9]");
            case ADJACENT -> value.equals("-") || value.equals("adjacent");
            case PLACEMENT -> value.equals("-") || value.equals("after_comma") || value.equals("phrase") || value.equals("report") || value.equals("contrast");
            case STRENGTH -> value.equals("-") || value.equals("weak") || value.equals("waived") || value.equals("reserved") || value.equals("denial");
            case LABEL -> value.matches("[a-z_]+");
        };
        if (ok) return null;
        return switch (this.value) {
            case NONE -> "a " + wireName + " cue takes no value: write '-'";
            case STATUS -> "a " + wireName + " cue needs an event status (" + Arrays.stream(EventStatus.values())
                    .map(EventStatus::wireName).collect(Collectors.joining(", ")) + ")";
            case SIZE -> "a " + wireName + " cue takes a number of states (2-9) or '-'";
            case ADJACENT -> "a " + wireName + " cue takes 'adjacent' or '-'";
            case PLACEMENT -> "a " + wireName + " cue takes '-', 'after_comma', 'phrase', 'report' or 'contrast'";
            case STRENGTH -> "a " + wireName + " cue takes 'weak', 'waived', 'reserved', 'denial' or '-'";
            case LABEL -> "a " + wireName + " cue takes a lower-case label (energy, sea)";
        };
    }

    /** Every kind's wire name, for messages. */
    public static String known() {
        return Arrays.stream(values()).map(CueKind::wireName).collect(Collectors.joining(", "));
    }
}
