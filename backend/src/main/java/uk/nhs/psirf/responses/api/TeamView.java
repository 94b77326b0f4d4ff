package uk.nhs.psirf.responses.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamView(PersonRef lead, PersonRef engagementLead, List<TeamMemberView> members) {
}
