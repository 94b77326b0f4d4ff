package uk.nhs.psirf.reporting.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Roles;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Patient safety specialists and the Chief Nurse see everything; a reporter sees their own report." */
class EventAccessPolicyTest {
    private static final PatientSafetyEvent EVENT = TestEvents.reportedBy("reporter-key", false);

    @Test
    void aReporterMayOpenTheirOwnReport() {
        assertTrue(EventAccessPolicy.mayRead(new Viewer(Set.of(Roles.STAFF), "reporter-key"), EVENT).isAllowed());
    }

    @Test
    void staffMayNotOpenSomeoneElsesReport() {
        assertNotYours(EventAccessPolicy.mayRead(new Viewer(Set.of(Roles.STAFF), "someone-else"), EVENT));
    }

    @Test
    void aLearningResponseLeadMayNotOpenAnUnassignedEvent() {
        assertNotYours(EventAccessPolicy.mayRead(new Viewer(Set.of(Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF), "x"), EVENT));
    }

    @Test
    void patientSafetySpecialistsAndTheChiefNurseMayOpenAnyEvent() {
        assertTrue(EventAccessPolicy.mayRead(new Viewer(Set.of(Roles.PATIENT_SAFETY_SPECIALIST), "x"), EVENT).isAllowed());
        assertTrue(EventAccessPolicy.mayRead(new Viewer(Set.of(Roles.CHIEF_NURSE), "x"), EVENT).isAllowed());
    }

    @Test
    void anIdThatNamesNoEventOpensNothing() {
        assertNotYours(EventAccessPolicy.mayRead(new Viewer(Set.of(Roles.STAFF), "reporter-key"), null));
    }

    /** Refused as a 403 whose reason stays on the server (orDeny), naming no field. */
    static void assertNotYours(Verdict verdict) {
        assertEquals(ProblemCode.FORBIDDEN, verdict.code());
        assertNull(verdict.field());
        assertEquals("Only the patient safety team, the Chief Nurse, the lead of a learning response on the event "
                + "and its reporter may open an event", verdict.reason());
    }
}
