package uk.nhs.psirf.coaching.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** A coach (by register id) or a coachee (by directory person id), with their name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartyView(UUID id, String name) {
}
