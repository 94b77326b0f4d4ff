package uk.nhs.psirf.platform.security;

import java.util.List;
import java.util.Set;

/** The realm roles of the Keycloak realm {@code psirf}; the only place their names are written. */
public final class Roles {
    public static final String STAFF = "staff";
    public static final String PATIENT_SAFETY_SPECIALIST = "patient-safety-specialist";
    public static final String CHIEF_NURSE = "chief-nurse";
    public static final String LEARNING_RESPONSE_LEAD = "learning-response-lead";
    public static final String COACH = "coach";
    public static final String PATIENT_SAFETY_PARTNER = "patient-safety-partner";
    public static final String WORKFORCE_PARTNER = "workforce-partner";
    public static final String IMPROVEMENT_ADVISOR = "improvement-advisor";

    /** Every role, in the order the contract lists them. */
    public static final List<String> ALL = List.of(STAFF, PATIENT_SAFETY_SPECIALIST, CHIEF_NURSE,
            LEARNING_RESPONSE_LEAD, COACH, PATIENT_SAFETY_PARTNER, WORKFORCE_PARTNER, IMPROVEMENT_ADVISOR);

    /** Roles that always see patient-identifiable data (product.md, access rules). */
    public static final Set<String> IDENTIFIABLE_DATA_VIEWERS = Set.of(PATIENT_SAFETY_SPECIALIST, CHIEF_NURSE);

    private Roles() {
    }
}
