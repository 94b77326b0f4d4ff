package uk.nhs.psirf.candour.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.platform.rules.Verdict;

/**
 * Duty of Candour applies to a notifiable safety incident (policy §6): moderate, severe or fatal physical harm (LFPSE
 * physical harm codes 3, 2 and 1) or prolonged psychological harm. LFPSE psychological harm levels do not say
 * whether the harm is prolonged, so that is the patient safety specialist's judgement, recorded with the decision.
 */
public final class NotifiablePolicy {
    /** The least physical harm that is notifiable: moderate (LFPSE code 3); lower codes are more severe. */
    public static final int MODERATE_PHYSICAL_HARM = 3;

    private NotifiablePolicy() {
    }

    /** The harm the rules propose from, as a fact; the specialist decides ({@link #mayDecide}). */
    public static boolean isNotifiable(int physicalHarm, boolean prolongedPsychologicalHarm) {
        return physicalHarm <= MODERATE_PHYSICAL_HARM || prolongedPsychologicalHarm;
    }

    /** The specialist's decision may depart from the harm, but prolonged psychological harm is always notifiable. */
    public static Verdict mayDecide(boolean notifiable, boolean prolongedPsychologicalHarm) {
        return Verdict.allowedIf(notifiable || !prolongedPsychologicalHarm, () -> Verdict.invalid("notifiable",
                FieldErrorCode.CONTRADICTS_HARM, "Prolonged psychological harm makes the event notifiable"));
    }

    public static String explain(int physicalHarm, String physicalHarmDisplay) {
        return physicalHarm <= MODERATE_PHYSICAL_HARM
                ? physicalHarmDisplay + " is moderate harm or worse, so the event is notifiable"
                : physicalHarmDisplay + " is less than moderate harm; the event is notifiable only if the "
                        + "psychological harm is prolonged";
    }
}
