package uk.nhs.psirf.improvement.api;

public record ImprovementPlanProgress(int actions, int completed, int overdue, int notEffective, int responses) {
}
