package uk.nhs.psirf.safetyactions.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.safetyactions.PlannedAction;
import uk.nhs.psirf.safetyactions.SafetyActionBrief;
import uk.nhs.psirf.safetyactions.SafetyActions;
import uk.nhs.psirf.safetyactions.domain.SafetyAction;
import uk.nhs.psirf.safetyactions.persistence.SafetyActionRepository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    @Override
    public Map<UUID, SafetyActionBrief> briefs(Collection<UUID> actionIds) {
        Map<UUID, SafetyActionBrief> found = new LinkedHashMap<>();
        actionIds.stream().filter(Objects::nonNull).distinct().forEach(id -> actions.find(id).ifPresent(action ->
                found.put(id, new SafetyActionBrief(id, action.reference(), action.status().code()))));
        return found;
    }

    private static PlannedAction planned(SafetyAction a) {
        return new PlannedAction(a.id(), a.planId(), a.reference(), a.title(), a.ownerPersonId(), a.dueOn(),
                a.status().code(), a.effectiveness() == null ? null : a.effectiveness().code());
    }
}
