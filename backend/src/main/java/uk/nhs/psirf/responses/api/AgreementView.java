package uk.nhs.psirf.responses.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** {@code personAffectedId} is absent for agreements typed in before they were chosen from the people affected. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementView(UUID personAffectedId, String name, String relationship) {
}
