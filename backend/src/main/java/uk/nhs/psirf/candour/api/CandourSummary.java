package uk.nhs.psirf.candour.api;

import uk.nhs.psirf.candour.domain.CandourStatus;
import uk.nhs.psirf.reference.Code;

import java.time.LocalDate;
import java.util.UUID;

/** A row of the candour list: no free text, so nothing that could name anyone. */
public record CandourSummary(UUID eventId, String eventReference, Code physicalHarm, Boolean notifiable,
                             LocalDate verbalNotifiedOn, LocalDate writtenDueOn, LocalDate writtenSentOn,
                             LocalDate findingsSharedOn, CandourStatus status, String statusDisplay,
                             boolean writtenDueBeyondKnownBankHolidays) {
}
