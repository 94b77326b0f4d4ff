package uk.nhs.psirf.oversight.api;

public record PlanProgressView(long actions, long completed, long overdue, long notEffective, long responses) {
}
