package uk.nhs.psirf.staffsupport.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A member of staff named on one of the response's event reports, to start their support from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffInvolvedView(String name, String role) {
}
