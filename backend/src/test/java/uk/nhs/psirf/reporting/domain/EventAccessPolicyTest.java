package uk.nhs.psirf.reporting.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Patient safety specialists and the Chief Nurse see everything; a reporter sees their own report." */
class EventAccessPolicyTest {
    private static final PatientSafetyEvent EVENT = TestEvents.reportedBy("reporter-key", false);

    @Test
    void aReporterMayOpenTheirOwnReport() {
        assertTrue(EventAccessPolicy.mayRead(new Viewer(Set.of(Roles.STAFF), "reporter-key"), EVENT));
    }

    @Test
    void staffMayNotOpenSomeoneElsesReport() {
        assertFalse(EventAccessPolicy.mayRead(new Viewer(Set.of(Roles.STAFF), "someone-else"), EVENT));
    }

    @Test
    void aLearningResponseLeadMayNotOpenAnUnassignedEvent() {
        assertFalse(EventAccessPolicy.mayRead(new Viewer(Set.of(Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF), "x"), EVENT));
    }

    @Test
    void patientSafetySpecialistsAndTheChiefNurseMayOpenAnyEvent() {
        assertTrue(EventAccessPolicy.mayRead(new Viewer(Set.of(Roles.PATIENT_SAFETY_SPECIALIST), "x"), EVENT));
        assertTrue(EventAccessPolicy.mayRead(new Viewer(Set.of(Roles.CHIEF_NURSE), "x"), EVENT));
    }
}
