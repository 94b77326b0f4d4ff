package uk.nhs.psirf.beingfair.api;

import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The joint user: a person of the directory, by id or by the e-mail address they sign in with. */
public record JointUserInput(
        UUID personId,
        @Size(max = 254, message = "The e-mail address must be 254 characters or fewer") String email) {
}
