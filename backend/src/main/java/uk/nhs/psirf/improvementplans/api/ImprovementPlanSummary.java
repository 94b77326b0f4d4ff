package uk.nhs.psirf.improvementplans.api;

import uk.nhs.psirf.improvementplans.domain.PlanScope;
import uk.nhs.psirf.improvementplans.domain.PlanStatus;

import java.time.LocalDate;

public record ImprovementPlanSummary(String id, String reference, String title, PlanScope scope, String scopeDisplay,
                                     PlanStatus status, String ownerName, LocalDate reviewOn, boolean reviewOverdue,
                                     ImprovementPlanProgress progress) {
}
