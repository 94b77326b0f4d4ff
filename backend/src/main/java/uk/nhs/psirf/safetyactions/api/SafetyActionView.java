package uk.nhs.psirf.safetyactions.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** One action in full, with its history; {@code mayManage} says whether the caller may edit, agree and review it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SafetyActionView(SafetyActionSummary summary, long version, String description, List<String> measures,
                               Instant agreedAt, String agreedByName, Instant createdAt, Instant updatedAt,
                               String updatedByName, boolean mayManage, List<SafetyActionProgressView> progress,
                               List<SafetyActionReviewView> reviews) {
}
