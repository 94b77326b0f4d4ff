package uk.nhs.psirf.responseplan.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.responseplan.ResponsePlans;
import uk.nhs.psirf.responseplan.persistence.PlanRepository;

import java.util.Optional;

/** The {@link ResponsePlans} other features use, over the feature's own repository. */
@ApplicationScoped
public class ResponsePlanReads implements ResponsePlans {
    private final PlanRepository plans;

    public ResponsePlanReads(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public Optional<InForce> inForce() {
        return plans.inForce().map(v -> new InForce(v.id(), v.number(), v.priorities()));
    }
}
