package uk.nhs.psirf.oversight.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "A patient-safety-partner sees learning responses only of oversight groups they are a member of" (product access
 * rules); partners take part "in investigation oversight groups where appropriate" (policy §3.7).
 */
class GroupVisibilityPolicyTest {
    private static final UUID MEMBER = UUID.randomUUID();

    @Test
    void a_partner_sees_only_the_oversight_groups_they_are_a_member_of_and_the_team_sees_every_group() {
        OversightGroup group = OversightGroup.create("Falls oversight", "Oversee falls responses", Instant.EPOCH);
        group.addMember(MEMBER, "partner", Instant.EPOCH);
        assertTrue(GroupVisibilityPolicy.maySee(false, Optional.of(MEMBER), group).isAllowed());
        assertTrue(GroupVisibilityPolicy.maySee(true, Optional.empty(), group).isAllowed());
        assertNotAMember(GroupVisibilityPolicy.maySee(false, Optional.of(UUID.randomUUID()), group));
        assertNotAMember(GroupVisibilityPolicy.maySee(false, Optional.empty(), group));
    }

    /** Refused as a 403 whose reason stays on the server (orDeny), naming no field. */
    private static void assertNotAMember(Verdict verdict) {
        assertEquals(ProblemCode.FORBIDDEN, verdict.code());
        assertNull(verdict.field());
        assertEquals("Only the patient safety team, the Chief Nurse and the group's partners may see an oversight "
                + "group", verdict.reason());
    }
}
