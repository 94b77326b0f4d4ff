package uk.nhs.psirf.programmes.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.ProblemCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 001_*: members "recognised meetings as a safe venue to discuss difficult issues and gain support from peers"; the
 * task: "CoP members (and the keepers) read meetings and notes, members add notes; others 403 audited".
 */
class CommunityAccessPolicyTest {

    @Test
    void someone_outside_a_community_of_practice_cannot_read_its_meetings_and_notes() {
        assertEquals(ProblemCode.FORBIDDEN, CommunityAccessPolicy.mayTakePart(false, false).code());
    }

    @Test
    void members_and_the_programme_keepers_take_part() {
        assertTrue(CommunityAccessPolicy.mayTakePart(false, true).isAllowed());
        assertTrue(CommunityAccessPolicy.mayTakePart(true, false).isAllowed());
    }
}
