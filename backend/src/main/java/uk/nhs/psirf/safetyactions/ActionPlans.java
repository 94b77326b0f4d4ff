package uk.nhs.psirf.safetyactions;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The improvement plans a safety action may belong to, as the safety actions feature needs them. Owned here and
 * implemented by the improvement plans feature, which sits above safety actions (a plan gathers actions), so neither
 * feature reads the other's tables and no cycle appears.
 */
public interface ActionPlans {
    /** The plan's status code ({@code open} or {@code closed}), when the plan exists. */
    Optional<String> status(UUID planId);

    /**
     * The references of the plans with these ids; ids that name no plan (and nulls) are missing.
     * A map in which a null id may be looked up (lists look up an absent link by null).
     */
    Map<UUID, String> references(Collection<UUID> planIds);
}
