package uk.nhs.psirf.candour.api;

import java.time.LocalDate;

/** The steps as recorded, with the written notification's due date (null until the verbal one is recorded). */
public record CandourStepsView(LocalDate verbalNotifiedOn, String verbalNotifiedBy, String verbalNotifiedTo,
                               String verbalNotDoneReason, LocalDate writtenDueOn, boolean writtenOverdue,
                               LocalDate writtenSentOn, String writtenNotDoneReason, LocalDate findingsSharedOn,
                               String findingsNotDoneReason) {
}
