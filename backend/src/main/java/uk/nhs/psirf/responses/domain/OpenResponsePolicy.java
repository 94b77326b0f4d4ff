package uk.nhs.psirf.responses.domain;

import uk.nhs.psirf.platform.rules.Verdict;

/** A closed learning response is final: its team, timeframe, notifications and investigation change no more. */
public final class OpenResponsePolicy {
    private OpenResponsePolicy() {
    }

    public static Verdict mayChange(LearningResponse response) {
        return Verdict.allowedIf(!response.isClosed(),
                () -> Verdict.conflict(response.reference() + " is closed; a closed response cannot be changed."));
    }
}
