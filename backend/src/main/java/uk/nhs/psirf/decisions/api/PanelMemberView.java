package uk.nhs.psirf.decisions.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** A panel member as recorded: {@code personId} is absent for members typed in before the directory was used. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PanelMemberView(UUID personId, String name, String role, boolean chair) {
}
