package uk.nhs.psirf.candour.domain;

import java.time.LocalDate;

/**
 * Each candour step is either done (with its date) or recorded as not possible with the reason, never both; the
 * written notification follows the verbal one, and no step comes before the event or after today.
 */
public final class CandourStepRules {
    private CandourStepRules() {
    }

    public static boolean hasDateAndReason(LocalDate date, String reason) {
        return date != null && reason != null && !reason.isBlank();
    }

    public static boolean writtenBeforeVerbal(LocalDate verbalOn, LocalDate writtenOn) {
        return verbalOn != null && writtenOn != null && writtenOn.isBefore(verbalOn);
    }

    public static boolean beforeEvent(LocalDate date, LocalDate eventOccurredOn) {
        return date != null && date.isBefore(eventOccurredOn);
    }
}
