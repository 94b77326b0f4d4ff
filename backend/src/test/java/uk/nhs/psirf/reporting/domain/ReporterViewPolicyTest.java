package uk.nhs.psirf.reporting.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A reporter reading their own report sees nothing the team wrote or linked during triage." */
class ReporterViewPolicyTest {
    private static final PatientSafetyEvent EVENT = TestEvents.reportedBy("reporter-key", true);

    @Test
    void aReporterReadingTheirOwnReportSeesNothingTheTeamWroteOrLinked() {
        assertTrue(ReporterViewPolicy.seesOnlyAsReporter(new Viewer(Set.of(Roles.STAFF), "reporter-key"), EVENT));
    }

    @Test
    void theTeamSeesItAllEvenOnAReportOneOfThemMade() {
        assertFalse(ReporterViewPolicy.seesOnlyAsReporter(
                new Viewer(Set.of(Roles.PATIENT_SAFETY_SPECIALIST, Roles.STAFF), "reporter-key"), EVENT));
        assertFalse(ReporterViewPolicy.seesOnlyAsReporter(new Viewer(Set.of(Roles.CHIEF_NURSE), "x"), EVENT));
    }
}
