package uk.nhs.psirf.safetyactions.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.safetyactions.SafetyActionBrief;
import uk.nhs.psirf.safetyactions.SafetyActions;
import uk.nhs.psirf.safetyactions.persistence.SafetyActionRepository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The safety actions as other features read them ({@link SafetyActions}); in the caller's transaction. */
@ApplicationScoped
public class SafetyActionBriefs implements SafetyActions {
    private final SafetyActionRepository actions;

    public SafetyActionBriefs(SafetyActionRepository actions) {
        this.actions = actions;
    }

    @Override
    public Map<UUID, SafetyActionBrief> briefs(Collection<UUID> actionIds) {
        Map<UUID, SafetyActionBrief> found = new LinkedHashMap<>();
        actionIds.stream().filter(Objects::nonNull).distinct().forEach(id -> actions.find(id).ifPresent(action ->
                found.put(id, new SafetyActionBrief(id, action.reference(), action.status().code()))));
        return found;
    }
}
