package uk.nhs.psirf.coaching.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 §8: "a coach sees and writes only their own contracts, records ...; a coachee (any staff member) sees their
 * own contract, records ...; the improvement advisor sees all coaching".
 */
class CoachingAccessPolicyTest {

    @Test
    void a_coach_cannot_read_another_coachs_records() {
        assertEquals(403, CoachingAccessPolicy.mayRead(false, false, false).code().status());
        assertEquals(403, CoachingAccessPolicy.mayWrite(false).code().status());
        assertTrue(CoachingAccessPolicy.mayRead(false, true, false).isAllowed());
        assertTrue(CoachingAccessPolicy.mayWrite(true).isAllowed());
    }

    @Test
    void the_coachee_reads_their_own_coaching_and_the_improvement_advisor_reads_all_of_it() {
        assertTrue(CoachingAccessPolicy.mayRead(false, false, true).isAllowed());
        assertTrue(CoachingAccessPolicy.mayRead(true, false, false).isAllowed());
        assertEquals(403, CoachingAccessPolicy.mayWrite(false).code().status(), "reading is not writing");
    }
}
