package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.responses.domain.LearningResponse;

/**
 * A learning response exists only once the chair has approved the decision, and only for the four learning
 * response types: no further learning response and a referral create none.
 */
public final class ResponseCreationPolicy {
    private ResponseCreationPolicy() {
    }

    public static boolean createsLearningResponse(PanelDecision decision) {
        return decision.status() == DecisionStatus.APPROVED
                && LearningResponse.TYPES.contains(decision.content().responseType());
    }
}
