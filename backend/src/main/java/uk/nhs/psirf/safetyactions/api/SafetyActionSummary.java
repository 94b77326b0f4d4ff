package uk.nhs.psirf.safetyactions.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SafetyActionSummary(String id, String reference, String title, String status, String source,
                                  String responseId, String responseReference, String theme, String planId,
                                  String planReference, String ownerPersonId, String ownerName, LocalDate dueOn,
                                  boolean overdue, String effectiveness, LocalDate nextReviewOn, boolean reviewDue) {
}
