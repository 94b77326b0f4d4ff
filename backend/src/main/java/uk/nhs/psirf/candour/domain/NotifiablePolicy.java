package uk.nhs.psirf.candour.domain;

/**
 * Duty of Candour applies to a notifiable safety incident (policy §6): moderate, severe or fatal physical harm (LFPSE
 * physical harm codes 3, 2 and 1) or prolonged psychological harm. LFPSE psychological harm levels do not say
 * whether the harm is prolonged, so that is the patient safety specialist's judgement, recorded with the decision.
 */
public final class NotifiablePolicy {
    private static final int MODERATE_PHYSICAL_HARM = 3;

    private NotifiablePolicy() {
    }

    public static boolean isNotifiable(int physicalHarm, boolean prolongedPsychologicalHarm) {
        return physicalHarm <= MODERATE_PHYSICAL_HARM || prolongedPsychologicalHarm;
    }

    public static String explain(int physicalHarm, String physicalHarmDisplay) {
        return physicalHarm <= MODERATE_PHYSICAL_HARM
                ? physicalHarmDisplay + " is moderate harm or worse, so the event is notifiable"
                : physicalHarmDisplay + " is less than moderate harm; the event is notifiable only if the "
                        + "psychological harm is prolonged";
    }
}
