package io.newswire.enrich.tagger.events;

import io.newswire.schemas.EventType;

import java.util.ArrayList;
import java.util.List;

/**
 * One event per distinct event: same type and countries (and day) merge; a summit or ceasefire report whose
 * countries are a subset of another's is the same summit or truce seen from one side.
 */
final class EventMerger {

    private EventMerger() {
    }

    /** A call or meeting held and one only planned are two events; other reports merge whatever their status. */
    private static boolean sameStanding(EventDraft a, EventDraft b) {
        if (!a.type.isContact()) return true;
        return (a.status == io.newswire.schemas.EventStatus.OCCURRED) == (b.status == io.newswire.schemas.EventStatus.OCCURRED);
    }

    // the days one visit may last: "Putin received Modi for dinner on Monday ... talks in the Kremlin on Tuesday"
    private static final int VISIT_DAYS = 2;

    /** Meetings of the same states a day or two apart, both held, are one visit (not one named as held before the other). */
    private static boolean oneVisit(EventDraft a, EventDraft b) {
        return a.type == EventType.MEETING && a.status == io.newswire.schemas.EventStatus.OCCURRED && b.status == a.status
                && a.date != null && b.date != null && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a.date, b.date)) <= VISIT_DAYS;
    }

    // "au lendemain d'un sommet": a gap counted from its sentence's day may be a day out when that day is itself unsure
    private static final int GAP_SLACK_DAYS = 1;

    /** A meeting dated by its gap before another ("the day after") and one told on its own day, a day apart at most. */
    private static boolean aboutTheSameDay(EventDraft a, EventDraft b) {
        boolean gap = "offset".equals(a.dateSource) || "offset".equals(b.dateSource);
        return gap && a.date != null && b.date != null && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a.date, b.date)) <= GAP_SLACK_DAYS;
    }

    /**
     * "Putin and Poroshenko met in Minsk at a Normandy-format summit. Brought together by Merkel and Hollande, the four
     * leaders talked...": a meeting told at a summit and a meeting held the same day that a later sentence tells with
     * more sides are one summit.
     */
    private static boolean theSummitRetold(EventDraft summit, EventDraft big) {
        return big != summit && big.status == io.newswire.schemas.EventStatus.OCCURRED && summit.status == big.status && !big.heldBefore && !summit.heldBefore
                && big.sameDay(summit) && big.countries().size() > summit.countries().size();
    }

    static List<EventDraft> merge(List<EventDraft> events) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : events) {
            EventDraft same = null;
            for (EventDraft o : out) {
                if (o.type == e.type && o.countries().equals(e.countries()) && (o.sameDay(e) || (o.heldBefore == e.heldBefore ? oneVisit(o, e) : aboutTheSameDay(o, e))) && o.sameLength(e) && sameStanding(o, e)) {
                    same = o;
                    break;
                }
            }
            if (same != null) same.absorb(e);
            else out.add(e);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (EventDraft small : out) {
                if (small.type == EventType.PHONE_CALL || (small.type == EventType.MEETING && !small.atItsSummit)) continue;     // bilateral talks at a summit are their own
                for (EventDraft big : out) {
                    // the same countries: the first report, usually the lead, keeps the event and its status
                    if (big.countries().equals(small.countries()) && out.indexOf(big) > out.indexOf(small)) continue;
                    if (small.type == EventType.MEETING && !theSummitRetold(small, big)) continue;
                    if (big.heldBefore != small.heldBefore) continue;     // an older event on its own day is another one
                    if (big != small && big.type == small.type && big.countries().containsAll(small.countries()) && big.sameLength(small)
                            && (small.atItsSummit || big.declaredSize == 0 || big.declaredSize == small.countries().size())) {   // a bilateral is not the three-way one
                        big.absorb(small);
                        out.remove(small);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        CalledOffOneSide.dropIncomplete(out);
        out.removeAll(tripsMade(out));
        for (EventDraft e : out) {
            if (e.dateSource == null) e.dateSource = "dispatch";
        }
        return out;
    }

    /**
     * "Scholz s'envole pour Washington" above "s'est envolé jeudi pour Washington et a rencontré vendredi Joe Biden": a
     * summit to come that only a headline's verb of leaving tells is the trip the lead tells made, when the dispatch
     * tells a meeting of the same states held; above a trip that begins ("s'envole mercredi pour Pékin, où il doit
     * rencontrer"), it stays the meeting to come.
     */
    private static List<EventDraft> tripsMade(List<EventDraft> events) {
        List<EventDraft> made = new ArrayList<>();
        for (EventDraft e : events) {
            if (!e.headlineTrip || e.reports.size() != 1) continue;
            for (EventDraft m : events) {
                if (m.type == EventType.MEETING && m.status == io.newswire.schemas.EventStatus.OCCURRED && !m.heldBefore
                        && m.countries().equals(e.countries())) {
                    made.add(e);
                    break;
                }
            }
        }
        return made;
    }
}
