package uk.nhs.psirf.fairness.api;

import java.time.Instant;

public record ConsiderationsView(String whoIsHurt, String whatTheyNeed, String whoseResponsibility,
                                 Instant recordedAt) {
}
