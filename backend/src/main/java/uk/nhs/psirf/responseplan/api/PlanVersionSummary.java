package uk.nhs.psirf.responseplan.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.responseplan.domain.PlanStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanVersionSummary(UUID id, int number, PlanStatus status, LocalDate periodFrom, LocalDate periodTo,
                                 LocalDate reviewDate, String updatedBy, Instant updatedAt, String approvedBy,
                                 Instant approvedAt, Instant supersededAt) {
}
