package io.newswire.aggregate.api;

import io.newswire.aggregate.api.Views.AlertView;
import io.newswire.schemas.SummitAlert;

/** SummitAlert to JSON view. */
public final class AlertViews {
    private AlertViews() {
    }

    public static AlertView of(SummitAlert a) {
        return new AlertView(a.getAlertId(), a.getParticipants(), a.getActors(), a.getHost(), a.getStatus(), a.getEvidence(),
                a.getDispatchId(), a.getHeadline(), a.getFirstSeen(), a.getMentions(), a.getLatestDispatchId(),
                a.getLatestEvidence(), a.getUpdated());
    }
}
