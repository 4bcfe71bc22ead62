package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.ParticipantPart;

import java.util.List;

/**
 * "The two Koreas held high-level talks", "Les deux Corées ont tenu leurs premiers pourparlers": a group of two states
 * (kb/lexicon/groups.tsv) before a meeting's trigger, with no name before it in its segment, is the meeting's subject: its two members
 * are the sides. A group of more ("G7 leaders met") is a gathering, not a pair of sides.
 */
final class PairOfStates {

    private static final int PAIR = 2;

    private final KnowledgeBase kb;

    PairOfStates(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Adds the pair named as the subject of the trigger to its sides. */
    void addTo(SentenceReading s, CueIndex.TriggerAt trigger, MeetingSides sides) {
        int head = s.clauses().segmentStart(trigger.start());
        for (TokenTrie.Match<KnowledgeBase.Group> g : kb.groups().findAll(s.text().tokens(), head, trigger.start())) {
            List<String> members = g.values().get(0).members();
            if (members.size() != PAIR || s.here().stream().anyMatch(r -> r.from() >= head && r.from() < g.start())) continue;   // a name before it is the subject
            for (String member : members) {
                ParticipantPart part = sides.hostCountry == null ? ParticipantPart.PARTICIPANT
                        : member.equals(sides.hostCountry) ? ParticipantPart.HOST : ParticipantPart.VISITOR;
                sides.sides.putIfAbsent(member, new MeetingSides.Side(member, null, part));
            }
            return;
        }
    }
}
