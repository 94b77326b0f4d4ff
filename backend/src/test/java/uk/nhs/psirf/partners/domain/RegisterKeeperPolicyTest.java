package uk.nhs.psirf.partners.domain;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterKeeperPolicyTest {
    private static final UUID KEEPER = UUID.randomUUID();
    private static final UUID PARTNER = UUID.randomUUID();

    /** "A partner changes no entry, theirs or another's." */
    @Test
    void a_partner_changes_no_entry_of_the_register_their_own_or_another_s() {
        assertFalse(RegisterKeeperPolicy.mayChange(PARTNER, PARTNER, true), "their own entry");
        assertFalse(RegisterKeeperPolicy.mayChange(PARTNER, UUID.randomUUID(), true), "another's entry");
        assertFalse(RegisterKeeperPolicy.mayChange(PARTNER, PARTNER, false), "their own entry, partnership ended");
        assertTrue(RegisterKeeperPolicy.mayChange(PARTNER, UUID.randomUUID(), false),
                "a former partner on the patient safety team keeps the others' entries");
        assertTrue(RegisterKeeperPolicy.mayChange(KEEPER, PARTNER, false), "the patient safety team keep it");
        assertTrue(RegisterKeeperPolicy.mayChange(null, PARTNER, false), "a keeper not in the directory");
    }
}
