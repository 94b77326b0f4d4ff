package uk.nhs.psirf.responseplan.domain;

import uk.nhs.psirf.platform.security.Stamp;

import java.util.Optional;

/** Only one plan version is in force at a time: approving a version supersedes the one in force, which is kept. */
public final class InForcePolicy {
    private InForcePolicy() {
    }

    /**
     * {@code afterSuperseding} runs between the two steps, so that storage can write the superseded version before the
     * approved one takes its place (the database holds at most one version in force at any moment).
     */
    public static void approve(PlanVersion draft, Optional<PlanVersion> inForce, Stamp by, Runnable afterSuperseding) {
        if (draft.status() != PlanStatus.DRAFT) {
            throw new IllegalStateException("plan version " + draft.number() + " is not a draft");
        }
        inForce.filter(v -> v != draft).ifPresent(v -> {
            v.supersede(by.at());
            afterSuperseding.run();
        });
        draft.putInForce(by);
    }
}
