package uk.nhs.psirf.support;

import uk.nhs.psirf.platform.security.Roles;

/** Fresh users per call, so that each test's audit rows and reports are its own. */
public final class Users {
    private Users() {
    }

    public static TestUser staff() {
        return Tokens.user("Sam Staff", Roles.STAFF);
    }

    public static TestUser specialist() {
        return Tokens.user("Pat Specialist", Roles.PATIENT_SAFETY_SPECIALIST, Roles.STAFF);
    }

    public static TestUser chiefNurse() {
        return Tokens.user("Chris Chief-Nurse", Roles.CHIEF_NURSE, Roles.STAFF);
    }

    /** One person holding both roles, e.g. a deputy who acts for the Chief Nurse. */
    public static TestUser specialistAndChiefNurse() {
        return Tokens.user("Dee Deputy", Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.STAFF);
    }

    public static TestUser coach() {
        return Tokens.user("Cara Coach", Roles.COACH);
    }

    public static TestUser partner() {
        return Tokens.user("Priya Partner", Roles.PATIENT_SAFETY_PARTNER);
    }

    /** Authenticated, but with none of the platform's roles (only Keycloak's defaults). */
    public static TestUser withoutPlatformRoles() {
        return Tokens.user("Nora Norole", "offline_access", "default-roles-psirf");
    }
}
