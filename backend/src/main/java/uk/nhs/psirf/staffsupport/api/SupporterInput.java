package uk.nhs.psirf.staffsupport.api;

import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A line manager or reviewer: a person of the directory, by id or by the e-mail address they sign in with (they
 * then see this record), or, failing that, a name.
 */
public record SupporterInput(
        UUID personId,
        @Size(max = 254, message = "The e-mail address must be 254 characters or fewer") String email,
        @Size(max = 200, message = "The name must be 200 characters or fewer") String name) {
}
