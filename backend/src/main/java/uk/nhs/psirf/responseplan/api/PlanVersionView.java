package uk.nhs.psirf.responseplan.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.responseplan.domain.PlanStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanVersionView(UUID id, int number, long version, PlanStatus status, LocalDate periodFrom,
                              LocalDate periodTo, LocalDate reviewDate, boolean reviewOverdue,
                              List<PlannedResponseView> nationalRequirements,
                              List<PlannedResponseView> localPriorities, EqualityImpactView equalityImpact,
                              String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
                              String approvedBy, Instant approvedAt, Instant supersededAt) {
}
