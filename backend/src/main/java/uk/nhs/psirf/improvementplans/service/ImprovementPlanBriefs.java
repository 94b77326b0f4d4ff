package uk.nhs.psirf.improvementplans.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.improvementplans.ImprovementPlanBrief;
import uk.nhs.psirf.improvementplans.ImprovementPlans;
import uk.nhs.psirf.improvementplans.persistence.ImprovementPlanRepository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The improvement plans as other features read them ({@link ImprovementPlans}); in the caller's transaction. */
@ApplicationScoped
public class ImprovementPlanBriefs implements ImprovementPlans {
    private final ImprovementPlanRepository plans;

    public ImprovementPlanBriefs(ImprovementPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public Map<UUID, ImprovementPlanBrief> briefs(Collection<UUID> planIds) {
        Map<UUID, ImprovementPlanBrief> found = new LinkedHashMap<>();
        planIds.stream().filter(Objects::nonNull).distinct().forEach(id -> plans.find(id).ifPresent(plan ->
                found.put(id, new ImprovementPlanBrief(id, plan.reference(), plan.status().code()))));
        return found;
    }
}
