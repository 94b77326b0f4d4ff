package uk.nhs.psirf.response.api;

import java.time.Instant;

public record VerificationView(String by, Instant at, String comment) {
}
