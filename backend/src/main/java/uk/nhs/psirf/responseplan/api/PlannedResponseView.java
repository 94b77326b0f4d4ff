package uk.nhs.psirf.responseplan.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.kernel.ResponseType;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlannedResponseView(String issue, String categoryCode, String categoryDisplay, ResponseType responseType,
                                  String responseTypeDisplay, String rationale, String improvementLink) {
}
