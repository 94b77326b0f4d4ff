package uk.nhs.psirf.coaching.api;

import java.time.Instant;

/** One side's acceptance of the ground rules: who accepted and when; empty while not accepted. */
public record AcceptanceView(boolean accepted, String acceptedBy, Instant acceptedAt) {
}
