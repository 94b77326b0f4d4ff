package uk.nhs.psirf.staffsupport.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Appendix 2: "Line manager explores any immediate support needs for their staff and clearly documents this";
 * "Line manager links in with reviewer (and HR if appropriate)" — the support is theirs and the patient safety
 * team's to see.
 */
class StaffSupportVisibilityPolicyTest {
    private static final UUID LINE_MANAGER = UUID.randomUUID();
    private static final UUID REVIEWER = UUID.randomUUID();
    private static final UUID LEAD = UUID.randomUUID();

    @Test
    void staff_support_is_seen_only_by_the_line_manager_the_reviewer_and_the_patient_safety_team() {
        assertTrue(StaffSupportVisibilityPolicy.maySee(false, Optional.of(LINE_MANAGER), LINE_MANAGER, REVIEWER)
                .isAllowed());
        assertTrue(StaffSupportVisibilityPolicy.maySee(false, Optional.of(REVIEWER), LINE_MANAGER, REVIEWER)
                .isAllowed());
        assertTrue(StaffSupportVisibilityPolicy.maySee(true, Optional.empty(), LINE_MANAGER, REVIEWER).isAllowed());
        assertNotGivingSupport(StaffSupportVisibilityPolicy.maySee(false, Optional.of(LEAD), LINE_MANAGER, REVIEWER),
                "the response's lead is not one of those giving the support");
        assertNotGivingSupport(StaffSupportVisibilityPolicy.maySee(false, Optional.empty(), null, null),
                "someone not in the directory");
    }

    @Test
    void the_staff_support_of_a_response_is_listed_only_to_the_patient_safety_team_and_those_giving_some_of_it() {
        assertTrue(StaffSupportVisibilityPolicy.maySeeList(true, 0).isAllowed());
        assertTrue(StaffSupportVisibilityPolicy.maySeeList(false, 1).isAllowed());
        assertNotGivingSupport(StaffSupportVisibilityPolicy.maySeeList(false, 0),
                "the response's lead gives support to none of its staff members");
    }

    /** Refused as a 403 whose reason stays on the server (orDeny), naming no field. */
    private static void assertNotGivingSupport(Verdict verdict, String why) {
        assertEquals(ProblemCode.FORBIDDEN, verdict.code(), why);
        assertNull(verdict.field(), why);
        assertEquals("Only the staff member's line manager and reviewer, the patient safety team and the Chief Nurse "
                + "may see the support of a member of staff", verdict.reason(), why);
    }
}
