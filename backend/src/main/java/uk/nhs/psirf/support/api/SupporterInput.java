package uk.nhs.psirf.support.api;

import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A line manager or reviewer: a person of the directory (who then sees this record) or, failing that, a name. */
public record SupporterInput(
        UUID personId,
        @Size(max = 200, message = "The name must be 200 characters or fewer") String name) {
}
