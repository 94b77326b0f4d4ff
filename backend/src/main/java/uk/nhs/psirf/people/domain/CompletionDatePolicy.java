package uk.nhs.psirf.people.domain;

import java.time.LocalDate;

/** Training and CPD are recorded once done: a completion date may be today or earlier, never later. */
public final class CompletionDatePolicy {
    private CompletionDatePolicy() {
    }

    public static boolean acceptable(LocalDate completedOn, LocalDate today) {
        return completedOn == null || !completedOn.isAfter(today);
    }
}
