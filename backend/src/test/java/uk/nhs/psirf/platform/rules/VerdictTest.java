package uk.nhs.psirf.platform.rules;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.Problem;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A verdict says allowed, or refused with code, field and reason, and refuses exactly as the services did by hand. */
class VerdictTest {

    @Test
    void anAllowedVerdictThrowsNothingAndNamesNothing() {
        Verdict allowed = Verdict.allowed();
        assertTrue(allowed.isAllowed());
        assertFalse(allowed.isRefused());
        assertNull(allowed.code());
        assertNull(allowed.field());
        assertNull(allowed.reason());
        assertDoesNotThrow(allowed::orThrow);
        assertDoesNotThrow(() -> allowed.orDeny("decision", "d-1"));
    }

    @Test
    void aConflictAboutTheRecordIsTheSame409ProblemWithoutFieldErrors() {
        Verdict verdict = Verdict.conflict("RSP-1 is already verified.");
        assertEquals(ProblemCode.CONFLICT, verdict.code());
        assertNull(verdict.field());
        assertEquals("RSP-1 is already verified.", verdict.reason());

        ApiException thrown = assertThrows(ApiException.class, verdict::orThrow);
        assertEquals(Problem.of(ProblemCode.CONFLICT, "RSP-1 is already verified."), thrown.problem());
    }

    @Test
    void aConflictNamingAFieldKeepsTheRecordsDetailAndTheFieldsOwnMessage() {
        FieldError error = new FieldError("responseId", FieldErrorCode.PSII_NOT_VERIFIED,
                "Work on a PSII starts once the Chief Nurse has verified it");
        Verdict verdict = Verdict.refused(ProblemCode.CONFLICT, "RSP-1 has not started.", error);
        assertEquals("responseId", verdict.field());
        assertEquals(FieldErrorCode.PSII_NOT_VERIFIED, verdict.fieldCode());
        assertEquals("Work on a PSII starts once the Chief Nurse has verified it", verdict.reason());

        ApiException thrown = assertThrows(ApiException.class, verdict::orThrow);
        assertEquals(Problem.of(ProblemCode.CONFLICT, "RSP-1 has not started.", error), thrown.problem());
    }

    @Test
    void aConflictNamingAFieldWithOneMessageUsesItForTheDetailToo() {
        Verdict verdict = Verdict.conflict("planId", FieldErrorCode.PLAN_CLOSED, "IP-1 is closed");
        ApiException thrown = assertThrows(ApiException.class, verdict::orThrow);
        assertEquals(Problem.of(ProblemCode.CONFLICT, "IP-1 is closed",
                new FieldError("planId", FieldErrorCode.PLAN_CLOSED, "IP-1 is closed")), thrown.problem());
    }

    @Test
    void anInvalidFieldIsTheSameValidationFailedProblemAsAValidationFailedException() {
        Verdict verdict = Verdict.invalid("decisionId", FieldErrorCode.OWN_DECISION, "You recorded this decision");
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());

        ApiException thrown = assertThrows(ValidationFailedException.class, verdict::orThrow);
        assertEquals(Problem.invalid(List.of(new FieldError("decisionId", FieldErrorCode.OWN_DECISION,
                "You recorded this decision"))), thrown.problem());
        assertEquals("1 field is invalid", thrown.problem().detail());
        assertEquals(400, thrown.problem().status());
    }

    @Test
    void severalMissingFieldsAreReportedTogetherInTheOrderTheFormAsksForThem() {
        Verdict verdict = Verdict.all(
                Verdict.invalid("ownerPersonId", FieldErrorCode.REQUIRED, "Select the owner"),
                Verdict.allowed(),
                Verdict.invalid("dueOn", FieldErrorCode.REQUIRED, "Enter the due date"));
        assertEquals(2, verdict.errors().size());
        assertEquals("ownerPersonId", verdict.field());

        ApiException thrown = assertThrows(ValidationFailedException.class, verdict::orThrow);
        assertEquals("2 fields are invalid", thrown.problem().detail());
        assertEquals(List.of("ownerPersonId", "dueOn"),
                thrown.problem().errors().stream().map(FieldError::field).toList());
    }

    @Test
    void otherwiseTheFirstRefusalWinsAsTheFirstFailingCheckWould() {
        Verdict first = Verdict.conflict("Closed.");
        Verdict verdict = Verdict.all(Verdict.allowed(), first,
                Verdict.invalid("dueOn", FieldErrorCode.REQUIRED, "Enter the due date"));
        assertSame(first, verdict);
        assertTrue(Verdict.all().isAllowed());
        assertTrue(Verdict.all(List.of(Verdict.allowed(), Verdict.allowed())).isAllowed());
    }

    @Test
    void allowedIfMakesTheRefusalOnlyWhenTheRuleFails() {
        assertSame(Verdict.allowed(), Verdict.allowedIf(true, () -> {
            throw new AssertionError("not needed");
        }));
        assertEquals(Verdict.conflict("No."), Verdict.allowedIf(false, () -> Verdict.conflict("No.")));
    }

    @Test
    void aRefusalForThisRecordIsTheAuditedPerRecord403() {
        AccessDeniedException thrown = assertThrows(AccessDeniedException.class,
                () -> Verdict.refused(ProblemCode.FORBIDDEN, "Only the chair").orDeny("decision", "d-1"));
        assertEquals("decision", thrown.entityType());
        assertEquals("d-1", thrown.entityId());
    }

    @Test
    void aRefusalNeedsAProblemCode() {
        assertThrows(IllegalArgumentException.class, () -> Verdict.refused(null, "Why"));
        assertThrows(IllegalStateException.class, () -> Verdict.allowed().problem());
    }
}
