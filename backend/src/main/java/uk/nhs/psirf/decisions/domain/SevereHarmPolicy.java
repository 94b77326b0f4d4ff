package uk.nhs.psirf.decisions.domain;

/**
 * Patient safety incidents under our care that lead to unexpected death or severe harm warrant a PSII at minimum
 * (policy §12.3), whatever the plan says for their category.
 */
public final class SevereHarmPolicy {
    /** LFPSE v5 level of physical harm. */
    static final int FATAL = 1;
    static final int SEVERE_PHYSICAL_HARM = 2;
    /** LFPSE v5 level of psychological harm. */
    static final int SEVERE_PSYCHOLOGICAL_HARM = 1;

    private SevereHarmPolicy() {
    }

    public static boolean isDeathOrSevereHarm(int physicalHarm, int psychologicalHarm) {
        return physicalHarm == FATAL || physicalHarm == SEVERE_PHYSICAL_HARM
                || psychologicalHarm == SEVERE_PSYCHOLOGICAL_HARM;
    }
}
