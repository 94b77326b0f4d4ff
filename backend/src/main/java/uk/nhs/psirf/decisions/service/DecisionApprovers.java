package uk.nhs.psirf.decisions.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.decisions.domain.ChairApprovalPolicy;
import uk.nhs.psirf.decisions.domain.DecisionReaderPolicy;
import uk.nhs.psirf.decisions.domain.DecisionStatus;
import uk.nhs.psirf.decisions.domain.FourEyesPolicy;
import uk.nhs.psirf.decisions.domain.PanelDecision;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * Who the caller is for reading decisions and the chair's approval: their sign-in, their record in the directory, the
 * Chief Nurse or not, and whether their roles read every decision (the patient safety team and the Chief Nurse).
 */
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
        boolean chiefNurse = currentUser.hasRole(Roles.CHIEF_NURSE);
        return new Caller(currentUser.sub(), callerPerson.id(), chiefNurse,
                chiefNurse || currentUser.hasRole(Roles.PATIENT_SAFETY_SPECIALIST));
    }

    public record Caller(String sub, Optional<UUID> personId, boolean chiefNurse, boolean readsEveryDecision) {
        /** The patient safety team and the Chief Nurse, or the chair of its panel ({@link DecisionReaderPolicy}). */
        public boolean mayRead(PanelDecision decision) {
            return DecisionReaderPolicy.mayRead(decision, personId, readsEveryDecision);
        }

        /**
         * The decision found, if the caller may read it: 404 when there is none for those who read every decision;
         * a per-record 403 (audited) for anyone else whether or not it exists, so that ids are not probed.
         */
        public PanelDecision reach(Optional<PanelDecision> found, UUID id) {
            if (found.isEmpty() && readsEveryDecision) {
                throw ApiException.notFound("The decision");
            }
            if (found.isEmpty() || !mayRead(found.get())) {
                throw new AccessDeniedException(DecisionService.ENTITY_TYPE, id.toString());
            }
            return found.get();
        }

        /** Awaiting the approval of the caller as the chair of its panel (not as the Chief Nurse). */
        public boolean awaitsTheirApprovalAsChair(PanelDecision decision) {
            return decision.status() == DecisionStatus.AWAITING_CHAIR_APPROVAL
                    && ChairApprovalPolicy.isChair(decision, personId) && FourEyesPolicy.mayApprove(decision, sub);
        }

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
