package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "The panel has exactly one chair." */
class PanelChairPolicyTest {
    private static final PanelMember CHAIR = new PanelMember(UUID.randomUUID(), "Dr A Senior", "Deputy Chief Nurse",
            true);
    private static final PanelMember MEMBER = new PanelMember(UUID.randomUUID(), "B Viability", "Tissue viability lead", false);

    @Test
    void a_panel_has_exactly_one_chair() {
        assertTrue(PanelChairPolicy.hasExactlyOneChair(List.of(CHAIR, MEMBER)));
        assertFalse(PanelChairPolicy.hasExactlyOneChair(List.of(MEMBER)));
        assertFalse(PanelChairPolicy.hasExactlyOneChair(List.of(CHAIR, MEMBER, CHAIR)));
    }
}
