package uk.nhs.psirf.safetyactions.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SafetyActionReviewView(String id, LocalDate reviewedOn, String outcome, String evidence,
                                     LocalDate nextReviewOn, String byName, Instant at) {
}
