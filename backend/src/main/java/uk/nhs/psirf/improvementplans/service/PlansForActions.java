package uk.nhs.psirf.improvementplans.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.improvementplans.persistence.ImprovementPlanRepository;
import uk.nhs.psirf.safetyactions.ActionPlans;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The improvement plans as the safety actions feature asks for them ({@link ActionPlans}); in the caller's
 * transaction.
 */
@ApplicationScoped
public class PlansForActions implements ActionPlans {
    private final ImprovementPlanRepository plans;

    public PlansForActions(ImprovementPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public Optional<String> status(UUID planId) {
        return plans.find(planId).map(plan -> plan.status().code());
    }

    @Override
    public Map<UUID, String> references(Collection<UUID> planIds) {
        return plans.references(planIds);
    }
}
