package io.newswire.enrich.tagger.events;

/** How far, in tokens, the rules look from a trigger or a cue: every window in one place. */
final class Reach {

    /** Around a summit trigger, where its venue or who is to meet is named ("un sommet ... à Istanbul"). */
    static final int SUMMIT = 8;
    /** After an adjacent WITH cue, where its party stands ("to U.S. President Trump"); after a summit, where a WITH adds parties. */
    static final int ADJACENT = 3;
    /** Right next to the trigger: "un sommet à trois", "une rencontre entre", a "between" of another event. */
    static final int NEXT = 1;
    /** After a verb, where the word opening its own object may stand ("rejecting Israeli claims", "ayant rejeté jusque-là toute médiation"). */
    static final int OBJECT = 1;
    /** After a receiving verb, where a passive's agent stands ("a été accueilli lundi à Rabat par le roi"). */
    static final int PASSIVE_AGENT = 6;
    /** After a meeting trigger, where another one is its object, the same meeting ("hosted the talks", "made a visit"). */
    static final int SAME_MEETING = 3;
    /** Around a call trigger, where a meeting word is the call itself ("s'est entretenu au téléphone"). */
    static final int CALL_WORDS = 4;
    /** Around a truce word, where a body, a mandate or a year makes it a name or history ("ceasefire line", "the 2020 truce"). */
    static final int NAME = 2;
    /** After a truce word, where the contest it pauses is named in its complement ("a truce in their month-long oil price war"). */
    static final int CONTEST = 7;
    /** After a demonym, where the officials it names stand ("Russian and Ukrainian delegations"). */
    static final int OFFICIALS = 4;

    /** How many words a title of the base may hold, read back from the demonym after it ("le chef de l'état-major général russe": five). */
    static final int TITLE_WORDS = 6;
    /**
     * Before a truce word, where who makes it stands, past a complement, an apposition and a day ("les deux principaux
     * gangs du Honduras, la Mara Salvatrucha et Barrio 18, ont annoncé mardi une trêve").
     */
    static final int MAKERS = 16;
    /** Around a truce word, where its length stands ("a 36-hour ceasefire", "une trêve d'au moins trente jours"). */
    static final int DURATION = 5;
    /** After a truce word, where a word of its scope may stand in its phrase ("a ceasefire in the Black Sea", "l'arrêt des frappes sur les infrastructures énergétiques"). */
    static final int SCOPE_AFTER = 5;
    /** After a truce word, where its own day may stand ("a truce collapsed in December 2023", "the truce they agreed in Moscow on October 10"). */
    static final int OWN_DATE = 7;
    /** After a topic cue, where what the parties talk about stands ("à propos de la Syrie"). */
    static final int TOPIC = 3;
    /** After a visit, where its length's number may stand, past a modifier and a link ("une visite d'Etat de trois jours"). */
    static final int LENGTH_AFTER = 2;
    /** After a visit, where its destination or the people visited stand ("visited Kyiv", "a surprise visit to Zelenskiy"); past its length. */
    static final int DESTINATION = 4;
    /** After a talk verb, where its "with" stands, past a day and a length ("a échangé vendredi pendant une heure avec"). */
    static final int TALK_PARTNER = 5;
    /** After a dial verb, where the official it phones starts, past a day or a possessive ("a appelé mardi Erdogan", "called his counterpart"). */
    static final int DIALLED = 2;
    /** After "and" behind a dialled official, where what is asked of both stands ("l'armée et les Forces de soutien rapide à"). */
    static final int JOINED_CALLEE = 6;
    /** After a meeting noun, where what its talks are on is named, past their sides, place and day ("talks with Egyptian officials in Cairo on Wednesday on"). */
    static final int TALKS_AIM = 10;
    /** From a proposal's noun to the truce it puts forward ("a U.S.-backed proposal for a 60-day ceasefire"). */
    static final int PROPOSAL_TRUCE = 5;
    /** Words from a deal's noun to the relative clause that tells its truce, its aim between ("a proposal to end the war in Gaza that"). */
    /** Words from a truce to a call to keep it told after it: "called for the ceasefire between Israel and Hezbollah to be respected". */
    static final int KEPT_AFTER = 6;
    /** Words from a truce to a relative word on it: "a proposal for a ceasefire in Gaza on Tuesday, which Hamas turned down". */
    static final int RELATIVE_ON_TRUCE = 8;
    /** Words from a meeting noun to a relative word on it: "la rencontre avec Vladimir Poutine qui devait avoir lieu samedi en marge du sommet". */
    static final int RELATIVE_ON_MEETING = 6;
    /** Words from a call word to the number of its length: "un entretien téléphonique de plus de deux heures a réuni". */
    static final int LENGTH_AFTER_CALL_WORD = 4;
    /** Words of a cleft before the place it puts first: "C'est au Kremlin", "C'est à la Maison Blanche". */
    static final int CLEFT_WORDS = 4;
    /** Words from a cleft's start to the "que" after its place: "C'est au palais présidentiel de Carthage que". */
    static final int CLEFT_PHRASE = 8;
    /** Words from a truce to the day it starts: "un cessez-le-feu dans l'est de l'Ukraine à partir du 15 février". */
    static final int START_AHEAD = 12;
    static final int DEAL_AIM = 12;
    /** After a receiving verb, where who is received stands ("hosted Lee", "a reçu lundi à l'Elysée le président chinois"). */
    static final int VISITORS = 5;
    /** Before a meeting noun, where a title's complement makes it a portfolio ("envoy for Ukraine negotiations"). */
    static final int PORTFOLIO = 4;

    private Reach() {
    }
}
