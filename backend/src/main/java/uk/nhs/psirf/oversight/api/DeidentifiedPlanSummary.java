package uk.nhs.psirf.oversight.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeidentifiedPlanSummary(UUID id, String reference, String title, String scope, String scopeDetail,
                                      String status, LocalDate reviewOn, PlanProgressView progress) {
}
