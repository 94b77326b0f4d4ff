package uk.nhs.psirf.triage.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the triage policy tests check of a refusal: a 400 naming the field, its code and the reason. */
final class Refusals {
    private Refusals() {
    }

    static void assertInvalid(Verdict verdict, String field, FieldErrorCode fieldCode, String reason) {
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals(field, verdict.field());
        assertEquals(fieldCode, verdict.fieldCode());
        assertEquals(reason, verdict.reason());
    }
}
