package uk.nhs.psirf.engagement.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Someone who declined to be involved has chosen no level of involvement." */
class InvolvementPolicyTest {
    @Test
    void someone_who_declined_cannot_also_have_a_level_of_involvement() {
        Verdict verdict = InvolvementPolicy.isConsistent(List.of(Involvement.DECLINED, Involvement.FINDINGS));
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals("involvement", verdict.field());
        assertEquals(FieldErrorCode.DECLINED_WITH_INVOLVEMENT, verdict.fieldCode());
        assertEquals("Someone who declined to be involved cannot also have a level of involvement", verdict.reason());
        assertTrue(InvolvementPolicy.isConsistent(List.of(Involvement.DECLINED)).isAllowed());
        assertTrue(InvolvementPolicy.isConsistent(List.of(Involvement.TERMS_OF_REFERENCE, Involvement.FINAL_REPORT))
                .isAllowed());
        assertTrue(InvolvementPolicy.isConsistent(List.of()).isAllowed());
    }
}
