package uk.nhs.psirf.improvementplans;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The safety improvement plans' front door for the features above them (QI projects that deliver a plan): a plan's
 * reference and status only.
 */
public interface ImprovementPlans {
    /** Reference and status of the plans with these ids; ids that name no plan (and nulls) are missing. */
    Map<UUID, ImprovementPlanBrief> briefs(Collection<UUID> planIds);
}
