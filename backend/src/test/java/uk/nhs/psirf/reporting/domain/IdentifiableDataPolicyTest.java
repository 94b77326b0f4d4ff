package uk.nhs.psirf.reporting.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Patient-identifiable data is visible only to patient-safety-specialist, chief-nurse, [...] and the reporter
 * for their own report. Everyone else gets a de-identified view or nothing."
 */
class IdentifiableDataPolicyTest {
    private static final PatientSafetyEvent EVENT = TestEvents.reportedBy("reporter-key", false);

    @Test
    void aPatientSafetySpecialistSeesIdentifiableData() {
        assertTrue(IdentifiableDataPolicy.maySeeIdentifiableData(
                new Viewer(Set.of(Roles.PATIENT_SAFETY_SPECIALIST), "other"), EVENT));
    }

    @Test
    void theChiefNurseSeesIdentifiableData() {
        assertTrue(IdentifiableDataPolicy.maySeeIdentifiableData(new Viewer(Set.of(Roles.CHIEF_NURSE), "other"), EVENT));
    }

    @Test
    void theReporterSeesTheirOwnReportEvenWhenAnonymous() {
        PatientSafetyEvent anonymous = TestEvents.reportedBy("reporter-key", true);
        assertTrue(IdentifiableDataPolicy.maySeeIdentifiableData(new Viewer(Set.of(Roles.STAFF), "reporter-key"), anonymous));
    }

    @Test
    void otherStaffDoNotSeeIdentifiableData() {
        assertFalse(IdentifiableDataPolicy.maySeeIdentifiableData(new Viewer(Set.of(Roles.STAFF), "other"), EVENT));
    }

    @Test
    void aPatientSafetyPartnerDoesNotSeeIdentifiableData() {
        assertFalse(IdentifiableDataPolicy.maySeeIdentifiableData(
                new Viewer(Set.of(Roles.PATIENT_SAFETY_PARTNER), "other"), EVENT));
        assertFalse(IdentifiableDataPolicy.maySeeIdentifiableDataInLists(
                new Viewer(Set.of(Roles.PATIENT_SAFETY_PARTNER, Roles.STAFF), "other")));
    }
}
