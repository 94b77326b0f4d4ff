package uk.nhs.psirf.staffsupport.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.staffsupport.domain.SupporterPart;

import java.util.List;

/** A staff support record the caller gives, as line manager or reviewer; {@code nextStep} absent once all are done. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MyStaffSupportItem(String supportId, String responseId, String reference, String staffName,
                                 String staffRole, List<SupporterPart> parts, SupportStepGuidance nextStep) {
}
