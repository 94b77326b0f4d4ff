package uk.nhs.psirf.plan.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.plan.domain.ResponseType;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlannedResponseView(String issue, String categoryCode, String categoryDisplay, ResponseType responseType,
                                  String responseTypeDisplay, String rationale, String improvementLink) {
}
