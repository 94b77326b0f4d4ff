package uk.nhs.psirf.candour.api;

import java.time.LocalDate;

/**
 * The steps as recorded, with the written notification's due date (null until the verbal one is recorded) and, when
 * that falls after the last day the bank holidays are known for, a warning saying so.
 */
public record CandourStepsView(LocalDate verbalNotifiedOn, String verbalNotifiedBy, String verbalNotifiedTo,
                               String verbalNotDoneReason, LocalDate writtenDueOn, boolean writtenOverdue,
                               LocalDate writtenSentOn, String writtenNotDoneReason, LocalDate findingsSharedOn,
                               String findingsNotDoneReason, boolean writtenDueBeyondKnownBankHolidays,
                               String writtenDueWarning) {
}
