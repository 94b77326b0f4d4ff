package uk.nhs.psirf.improvementplans.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImprovementPlanAction(String id, String reference, String title, String ownerName, LocalDate dueOn,
                                    String status, boolean overdue, String effectiveness) {
}
