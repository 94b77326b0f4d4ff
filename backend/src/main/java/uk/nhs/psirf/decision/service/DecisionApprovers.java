package uk.nhs.psirf.decision.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.decision.domain.ChairApprovalPolicy;
import uk.nhs.psirf.decision.domain.DecisionStatus;
import uk.nhs.psirf.decision.domain.FourEyesPolicy;
import uk.nhs.psirf.decision.domain.PanelDecision;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;

import java.util.Optional;
import java.util.UUID;

/** Who the caller is for the chair's approval: their sign-in, their record in the directory, the Chief Nurse or not. */
@ApplicationScoped
public class DecisionApprovers {
    private final CurrentUser currentUser;
    private final CallerPerson callerPerson;

    public DecisionApprovers(CurrentUser currentUser, CallerPerson callerPerson) {
        this.currentUser = currentUser;
        this.callerPerson = callerPerson;
    }

    /** Looked up once per request, so that a page of decisions asks the directory once. */
    public Caller caller() {
        return new Caller(currentUser.sub(), callerPerson.id(), currentUser.hasRole(Roles.CHIEF_NURSE));
    }

    public record Caller(String sub, Optional<UUID> personId, boolean chiefNurse) {
        /** The chair or the Chief Nurse ({@link ChairApprovalPolicy}). */
        public boolean mayApproveAsChair(PanelDecision decision) {
            return ChairApprovalPolicy.mayApproveAsChair(decision, personId, chiefNurse);
        }

        /** Everything the chair's approval asks of the caller, now. */
        public boolean mayApprove(PanelDecision decision) {
            return decision.status() == DecisionStatus.AWAITING_CHAIR_APPROVAL && mayApproveAsChair(decision)
                    && FourEyesPolicy.mayApprove(decision, sub);
        }
    }
}
