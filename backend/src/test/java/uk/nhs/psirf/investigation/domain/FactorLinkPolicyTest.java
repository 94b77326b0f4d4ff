package uk.nhs.psirf.investigation.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactorLinkPolicyTest {

    @Test
    void a_contributory_factor_may_link_only_to_an_entry_of_the_same_chronology() {
        UUID entry = UUID.randomUUID();
        assertTrue(FactorLinkPolicy.mayLink(entry, Set.of(entry)));
        assertTrue(FactorLinkPolicy.mayLink(null, Set.of(entry)));
        assertFalse(FactorLinkPolicy.mayLink(UUID.randomUUID(), Set.of(entry)));
    }
}
