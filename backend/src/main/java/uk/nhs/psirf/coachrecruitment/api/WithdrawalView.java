package uk.nhs.psirf.coachrecruitment.api;

import java.time.Instant;
import java.time.LocalDate;

public record WithdrawalView(LocalDate withdrawnOn, String reason, String recordedBy, Instant recordedAt) {
}
