package uk.nhs.psirf.engagement.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvolvementPolicyTest {
    @Test
    void someone_who_declined_cannot_also_have_a_level_of_involvement() {
        assertFalse(InvolvementPolicy.isConsistent(List.of(Involvement.DECLINED, Involvement.FINDINGS)));
        assertTrue(InvolvementPolicy.isConsistent(List.of(Involvement.DECLINED)));
        assertTrue(InvolvementPolicy.isConsistent(List.of(Involvement.TERMS_OF_REFERENCE, Involvement.FINAL_REPORT)));
        assertTrue(InvolvementPolicy.isConsistent(List.of()));
    }
}
