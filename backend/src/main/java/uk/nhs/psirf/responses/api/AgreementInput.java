package uk.nhs.psirf.responses.api;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** One of the people affected recorded on the response (engagement) who agreed to the extension. */
public record AgreementInput(@NotNull(message = "Select who agreed from the people affected") UUID personAffectedId) {
}
