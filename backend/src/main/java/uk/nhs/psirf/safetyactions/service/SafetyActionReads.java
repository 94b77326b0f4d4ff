package uk.nhs.psirf.safetyactions.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.safetyactions.PlannedAction;
import uk.nhs.psirf.safetyactions.SafetyActions;
import uk.nhs.psirf.safetyactions.domain.SafetyAction;
import uk.nhs.psirf.safetyactions.persistence.SafetyActionRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The {@link SafetyActions} other features use, over the feature's own repository. */
@ApplicationScoped
public class SafetyActionReads implements SafetyActions {
    private final SafetyActionRepository actions;

    public SafetyActionReads(SafetyActionRepository actions) {
        this.actions = actions;
    }

    @Override
    public List<PlannedAction> ofPlans(Collection<UUID> planIds) {
        return actions.onPlans(planIds).stream().map(SafetyActionReads::planned).toList();
    }

    private static PlannedAction planned(SafetyAction a) {
        return new PlannedAction(a.id(), a.planId(), a.reference(), a.title(), a.ownerPersonId(), a.dueOn(),
                a.status().code(), a.effectiveness() == null ? null : a.effectiveness().code());
    }
}
