package uk.nhs.psirf.partners.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy, Patient Safety Partners: "Our Patient Safety Partners are supported by a named individual in the Trust" —
 * the patient safety team keep the register for the partners; a partner changes no entry, theirs or another's.
 */
class RegisterKeeperPolicyTest {
    private static final UUID KEEPER = UUID.randomUUID();
    private static final UUID PARTNER = UUID.randomUUID();

    @Test
    void a_partner_changes_no_entry_of_the_register_their_own_or_another_s() {
        assertNotAKeeper(RegisterKeeperPolicy.mayChange(PARTNER, PARTNER, true), "their own entry");
        assertNotAKeeper(RegisterKeeperPolicy.mayChange(PARTNER, UUID.randomUUID(), true), "another's entry");
        assertNotAKeeper(RegisterKeeperPolicy.mayChange(PARTNER, PARTNER, false), "their own entry, partnership ended");
        assertTrue(RegisterKeeperPolicy.mayChange(PARTNER, UUID.randomUUID(), false).isAllowed(),
                "a former partner on the patient safety team keeps the others' entries");
        assertTrue(RegisterKeeperPolicy.mayChange(KEEPER, PARTNER, false).isAllowed(),
                "the patient safety team keep it");
        assertTrue(RegisterKeeperPolicy.mayChange(null, PARTNER, false).isAllowed(), "a keeper not in the directory");
    }

    /** Refused as a 403 whose reason stays on the server (orDeny), naming no field. */
    private static void assertNotAKeeper(Verdict verdict, String why) {
        assertEquals(ProblemCode.FORBIDDEN, verdict.code(), why);
        assertNull(verdict.field(), why);
        assertEquals("A patient safety partner changes no entry of the register, theirs or another's",
                verdict.reason(), why);
    }
}
