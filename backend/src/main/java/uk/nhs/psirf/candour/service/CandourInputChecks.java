package uk.nhs.psirf.candour.service;

import uk.nhs.psirf.candour.api.CandourDecisionInput;
import uk.nhs.psirf.candour.api.CandourStepsInput;
import uk.nhs.psirf.candour.domain.CandourStepRules;
import uk.nhs.psirf.candour.domain.CandourSteps;
import uk.nhs.psirf.candour.domain.NotifiablePolicy;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks what bean validation cannot: the fields of a candour input against each other, the event and today. */
final class CandourInputChecks {
    private CandourInputChecks() {
    }

    static void checkDecision(CandourDecisionInput input) {
        NotifiablePolicy.mayDecide(input.notifiable(), input.prolongedPsychologicalHarm()).orThrow();
    }

    static CandourSteps checkSteps(CandourStepsInput in, LocalDate today, LocalDate eventOccurredOn) {
        List<Verdict> checks = new ArrayList<>();
        checks.add(CandourStepRules.dated("verbalNotifiedOn", in.verbalNotifiedOn(), in.verbalNotDoneReason(), today,
                eventOccurredOn));
        checks.add(CandourStepRules.dated("writtenSentOn", in.writtenSentOn(), in.writtenNotDoneReason(), today,
                eventOccurredOn));
        checks.add(CandourStepRules.dated("findingsSharedOn", in.findingsSharedOn(), in.findingsNotDoneReason(), today,
                eventOccurredOn));
        if (in.verbalNotifiedOn() != null) {
            if (blank(in.verbalNotifiedBy())) {
                checks.add(Verdict.invalid("verbalNotifiedBy", FieldErrorCode.REQUIRED,
                        "Enter who gave the verbal notification and apology"));
            }
            if (blank(in.verbalNotifiedTo())) {
                checks.add(Verdict.invalid("verbalNotifiedTo", FieldErrorCode.REQUIRED,
                        "Enter who was told, for example the patient or their daughter"));
            }
        }
        checks.add(CandourStepRules.writtenAfterVerbal(in.verbalNotifiedOn(), in.writtenSentOn()));
        Verdict.all(checks).orThrow();
        return new CandourSteps(in.verbalNotifiedOn(), text(in.verbalNotifiedBy()), text(in.verbalNotifiedTo()),
                text(in.verbalNotDoneReason()), in.writtenSentOn(), text(in.writtenNotDoneReason()),
                in.findingsSharedOn(), text(in.findingsNotDoneReason()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return blank(value) ? null : value.strip();
    }
}
