package uk.nhs.psirf.oversight.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy: "we will document, record and review safety action progress and impact through governance groups ...
 * or through wider action oversight groups" — each piece of work under one group that answers for it.
 */
class SingleOversightPolicyTest {

    @Test
    void work_is_overseen_by_one_group_and_is_removed_from_another_before_it_is_assigned() {
        assertTrue(SingleOversightPolicy.mayBeAssigned("responseId", "learning response", Optional.empty())
                .isAllowed());

        Verdict elsewhere = SingleOversightPolicy.mayBeAssigned("planId", "improvement plan",
                Optional.of("Falls oversight"));
        assertEquals(ProblemCode.VALIDATION_FAILED, elsewhere.code());
        assertEquals("planId", elsewhere.field());
        assertEquals(FieldErrorCode.IN_ANOTHER_GROUP, elsewhere.fieldCode());
        assertEquals("This improvement plan is already overseen by Falls oversight; remove it from there first",
                elsewhere.reason());
    }
}
