package uk.nhs.psirf.oversight.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy: "participation in investigation oversight groups where appropriate" — groups a partner joins and the team
 * assign work to by name, so each name names one group.
 */
class OversightGroupNamePolicyTest {

    @Test
    void no_two_oversight_groups_share_a_name() {
        assertTrue(OversightGroupNamePolicy.mayBeCalled("Falls oversight", false).isAllowed());

        Verdict taken = OversightGroupNamePolicy.mayBeCalled("Falls oversight", true);
        assertEquals(ProblemCode.VALIDATION_FAILED, taken.code());
        assertEquals("name", taken.field());
        assertEquals(FieldErrorCode.DUPLICATE_NAME, taken.fieldCode());
        assertEquals("There is already an oversight group called Falls oversight", taken.reason());
    }
}
