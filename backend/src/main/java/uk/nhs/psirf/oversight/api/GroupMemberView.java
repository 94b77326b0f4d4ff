package uk.nhs.psirf.oversight.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupMemberView(UUID personId, String name, String jobRole, String groupRole) {
}
