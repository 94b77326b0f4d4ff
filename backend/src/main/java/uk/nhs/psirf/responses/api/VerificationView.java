package uk.nhs.psirf.responses.api;

import java.time.Instant;

public record VerificationView(String by, Instant at, String comment) {
}
