package uk.nhs.psirf.coaching.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** One side's acceptance of the ground rules: who accepted and when; empty while not accepted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcceptanceView(boolean accepted, String acceptedBy, Instant acceptedAt) {
}
