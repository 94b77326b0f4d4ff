package uk.nhs.psirf.beingfair.api;

import java.time.Instant;

public record ConsiderationsView(String whoIsHurt, String whatTheyNeed, String whoseResponsibility,
                                 Instant recordedAt) {
}
