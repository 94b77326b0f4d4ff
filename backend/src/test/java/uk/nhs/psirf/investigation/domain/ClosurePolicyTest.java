package uk.nhs.psirf.investigation.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A learning response closes only with a final report, the draft shared or why not, and oversight sign-off." */
class ClosurePolicyTest {
    private static final Stamp BY = new Stamp("sub", "Pat", Instant.now());

    @Test
    void a_response_cannot_close_without_oversight_sign_off_by_a_trained_overseer() {
        Investigation done = everythingButSignOff();
        assertEquals(List.of(OpenStep.OVERSIGHT_SIGN_OFF), ClosurePolicy.openSteps(done, true));
        done.signOff(UUID.randomUUID(), "Una Untrained", LocalDate.now(), "Fine.", BY);
        assertEquals(List.of(OpenStep.OVERSIGHT_SIGN_OFF), ClosurePolicy.openSteps(done, false));
    }

    @Test
    void a_response_cannot_close_without_a_final_report_of_a_summary_and_a_finding() {
        Investigation investigation = signedOff();
        investigation.setDraftSharing(List.of(), "The family asked not to receive it.");
        investigation.setReportSummary("What happened.");
        assertEquals(List.of(OpenStep.FINAL_REPORT), ClosurePolicy.openSteps(investigation, true));
    }

    @Test
    void a_response_cannot_close_unless_the_draft_was_shared_or_it_is_recorded_why_not() {
        Investigation investigation = signedOff();
        investigation.setReportSummary("What happened.");
        investigation.setFindings(List.of("A finding."), List.of());
        assertEquals(List.of(OpenStep.DRAFT_SHARED), ClosurePolicy.openSteps(investigation, true));
        investigation.setDraftSharing(List.of(new DraftSharing("Jane Doe", Relationship.FAMILY, LocalDate.now(),
                null)), null);
        assertTrue(ClosurePolicy.openSteps(investigation, true).isEmpty());
        assertTrue(ClosurePolicy.mayClose(investigation, true).isAllowed());
    }

    @Test
    void a_response_that_cannot_close_is_refused_naming_every_open_step_at_once() {
        Verdict verdict = ClosurePolicy.mayClose(Investigation.nothingYet(UUID.randomUUID()), false);
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals(List.of(OpenStep.FINAL_REPORT.field(), OpenStep.DRAFT_SHARED.field(),
                OpenStep.OVERSIGHT_SIGN_OFF.field()), verdict.errors().stream().map(FieldError::field).toList());
        assertEquals(FieldErrorCode.OPEN_STEP, verdict.fieldCode());
        assertEquals(OpenStep.FINAL_REPORT.message(), verdict.reason());
    }

    private static Investigation everythingButSignOff() {
        Investigation investigation = Investigation.start(UUID.randomUUID(), BY);
        investigation.setReportSummary("What happened.");
        investigation.setFindings(List.of("A finding."), List.of());
        investigation.setDraftSharing(List.of(), "The family asked not to receive it.");
        return investigation;
    }

    private static Investigation signedOff() {
        Investigation investigation = Investigation.start(UUID.randomUUID(), BY);
        investigation.signOff(UUID.randomUUID(), "Olive Overseer", LocalDate.now(), "Fine.", BY);
        return investigation;
    }
}
