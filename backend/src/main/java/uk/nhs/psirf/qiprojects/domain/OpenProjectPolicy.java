package uk.nhs.psirf.qiprojects.domain;

import uk.nhs.psirf.platform.rules.Verdict;

/** A closed project is a finished record: no measure, data, PDSA cycle or update is added to it until reopened. */
public final class OpenProjectPolicy {
    static final String CLOSED = "The project is closed: reopen it to record more work";

    private OpenProjectPolicy() {
    }

    public static Verdict mayRecord(boolean open) {
        return Verdict.allowedIf(open, () -> Verdict.conflict(CLOSED));
    }
}
