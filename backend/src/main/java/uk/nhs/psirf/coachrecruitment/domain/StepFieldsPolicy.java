package uk.nhs.psirf.coachrecruitment.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What each step must record (000_* §4 and Appendix 1): the date it was done, never in the future; who signed for the
 * clinical director's and the people participation team's sign-offs; the cohort and its start date for the place on
 * the Improvement Coaches Programme; and, for the directorate induction (§4 c, d), that technology support was given
 * and identification issued, and the line manager with who allocated them (the clinical director or the sponsor).
 * Every missing field is reported at once.
 */
public final class StepFieldsPolicy {
    private StepFieldsPolicy() {
    }

    public static Verdict complete(RecruitmentStep step, StepDetails details, LocalDate today) {
        List<Verdict> verdicts = new ArrayList<>();
        if (details.doneOn() != null && details.doneOn().isAfter(today)) {
            verdicts.add(Verdict.invalid("doneOn", FieldErrorCode.IN_THE_FUTURE,
                    "The date the step was done must be today or in the past"));
        }
        switch (step) {
            case CLINICAL_DIRECTOR_SIGN_OFF -> verdicts.add(requiredText("signedBy", details.signedBy(),
                    "Enter the name of the clinical director who signed off"));
            case PEOPLE_PARTICIPATION_SIGN_OFF -> verdicts.add(requiredText("signedBy", details.signedBy(),
                    "Enter the name of the person in the people participation team who signed off"));
            case PROGRAMME_PLACE -> {
                verdicts.add(requiredText("cohort", details.cohort(), "Enter the cohort of the programme"));
                verdicts.add(required("startsOn", details.startsOn() != null,
                        "Enter the date the programme starts"));
            }
            case INDUCTION -> {
                verdicts.add(required("technologySupport", Boolean.TRUE.equals(details.technologySupport()),
                        "Confirm that technology support has been given"));
                verdicts.add(required("identification", Boolean.TRUE.equals(details.identification()),
                        "Confirm that identification has been issued"));
                verdicts.add(required("lineManagerPersonId", details.lineManagerPersonId() != null,
                        "Select the line manager"));
                verdicts.add(required("lineManagerAllocatedBy", details.lineManagerAllocatedBy() != null,
                        "Select who allocated the line manager"));
            }
            default -> {
            }
        }
        return Verdict.all(verdicts);
    }

    private static Verdict requiredText(String field, String value, String message) {
        return required(field, value != null && !value.isBlank(), message);
    }

    private static Verdict required(String field, boolean given, String message) {
        return Verdict.allowedIf(given, () -> Verdict.invalid(field, FieldErrorCode.REQUIRED, message));
    }
}
