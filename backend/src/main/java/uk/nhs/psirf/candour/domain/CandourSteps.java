package uk.nhs.psirf.candour.domain;

import java.time.LocalDate;

/** The three candour steps as recorded: each with its date, or the reason it could not be done. */
public record CandourSteps(LocalDate verbalNotifiedOn, String verbalNotifiedBy, String verbalNotifiedTo,
                           String verbalNotDoneReason, LocalDate writtenSentOn, String writtenNotDoneReason,
                           LocalDate findingsSharedOn, String findingsNotDoneReason) {
    public static final CandourSteps NONE = new CandourSteps(null, null, null, null, null, null, null, null);
}
