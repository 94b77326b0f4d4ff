package uk.nhs.psirf.oversight.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A member of the response team by job role and part played, never by name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamRoleView(String jobRole, String teamRole) {
}
