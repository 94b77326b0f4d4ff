package uk.nhs.psirf.oversight.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeidentifiedPlan(UUID id, UUID groupId, String reference, String title, String scope,
                               String scopeDetail, String status, LocalDate reviewOn, boolean reviewOverdue,
                               String ownerRole, PlanProgressView progress, List<DeidentifiedAction> actions) {
}
