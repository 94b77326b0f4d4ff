package uk.nhs.psirf.staffsupport.api;

import java.util.List;

/**
 * The staff support of a response that the caller may see; {@code staffInvolvedInEvents} and {@code mayAdd} only
 * for the patient safety team and the Chief Nurse.
 */
public record StaffSupportList(String responseId, String reference, boolean mayAdd, List<StaffSupportView> items,
                               List<StaffInvolvedView> staffInvolvedInEvents, List<SupportStepGuidance> steps) {
}
