package uk.nhs.psirf.beingfair.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Being fair tool: "Will the tool be used jointly by a member of the patient safety team and the workforce team?" —
 * the record is theirs and the Chief Nurse's, no one else's.
 */
class BeingFairVisibilityPolicyTest {
    private static final UUID JOINT_PERSON = UUID.randomUUID();
    private static final Set<String> SPECIALIST = Set.of(Roles.PATIENT_SAFETY_SPECIALIST);
    private static final Set<String> WORKFORCE = Set.of(Roles.WORKFORCE_PARTNER);

    @Test
    void a_being_fair_record_is_seen_only_by_its_two_users_and_the_chief_nurse() {
        BeingFair record = BeingFair.open(UUID.randomUUID(), "Staff member", "Nurse", Roles.PATIENT_SAFETY_SPECIALIST,
                JOINT_PERSON, Roles.WORKFORCE_PARTNER, new Stamp("opener", "Opener", Instant.EPOCH));
        assertTrue(BeingFairVisibilityPolicy.maySee(record, "opener", Optional.empty(), SPECIALIST).isAllowed());
        assertTrue(BeingFairVisibilityPolicy.maySee(record, "joint", Optional.of(JOINT_PERSON), WORKFORCE).isAllowed());
        assertTrue(BeingFairVisibilityPolicy.maySee(record, "cn", Optional.empty(), Set.of(Roles.CHIEF_NURSE))
                .isAllowed());
        assertNotAUser(BeingFairVisibilityPolicy.maySee(record, "another", Optional.of(UUID.randomUUID()), SPECIALIST));
        assertNotAUser(BeingFairVisibilityPolicy.maySee(record, "another", Optional.of(UUID.randomUUID()), WORKFORCE));
        assertNotAUser(BeingFairVisibilityPolicy.maySee(record, "joint", Optional.of(JOINT_PERSON), SPECIALIST));

        record.join(new Stamp("joint", "Joint", Instant.EPOCH));
        assertTrue(BeingFairVisibilityPolicy.maySee(record, "joint", Optional.empty(), WORKFORCE).isAllowed());
        assertNotAUser(BeingFairVisibilityPolicy.maySee(record, "someone", Optional.of(JOINT_PERSON), WORKFORCE));
    }

    /** Refused as a 403 whose reason stays on the server (orDeny), naming no field. */
    private static void assertNotAUser(Verdict verdict) {
        assertEquals(ProblemCode.FORBIDDEN, verdict.code());
        assertNull(verdict.field());
        assertEquals("Only the two people who use the Being Fair tool together and the Chief Nurse may see its record",
                verdict.reason());
    }
}
