package uk.nhs.psirf.improvement.api;

import uk.nhs.psirf.improvement.domain.PlanScope;
import uk.nhs.psirf.improvement.domain.PlanStatus;

import java.time.LocalDate;

public record ImprovementPlanSummary(String id, String reference, String title, PlanScope scope, String scopeDisplay,
                                     PlanStatus status, String ownerName, LocalDate reviewOn, boolean reviewOverdue,
                                     ImprovementPlanProgress progress) {
}
