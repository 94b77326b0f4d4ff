package uk.nhs.psirf.improvementplans.api;

public record ImprovementPlanProgress(int actions, int completed, int overdue, int notEffective, int responses) {
}
