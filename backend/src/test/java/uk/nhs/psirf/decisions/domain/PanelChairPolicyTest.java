package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "The panel has exactly one chair." */
class PanelChairPolicyTest {
    private static final PanelMember CHAIR = new PanelMember(UUID.randomUUID(), "Dr A Senior", "Deputy Chief Nurse",
            true);
    private static final PanelMember MEMBER = new PanelMember(UUID.randomUUID(), "B Viability", "Tissue viability lead", false);

    @Test
    void a_panel_has_exactly_one_chair() {
        assertTrue(PanelChairPolicy.hasExactlyOneChair(List.of(CHAIR, MEMBER)).isAllowed());
        assertOneChairRequired(PanelChairPolicy.hasExactlyOneChair(List.of(MEMBER)));
        assertOneChairRequired(PanelChairPolicy.hasExactlyOneChair(List.of(CHAIR, MEMBER, CHAIR)));
    }

    private static void assertOneChairRequired(Verdict verdict) {
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals("panelMembers", verdict.field());
        assertEquals(FieldErrorCode.ONE_CHAIR_REQUIRED, verdict.fieldCode());
        assertEquals("Mark exactly one panel member as the chair", verdict.reason());
    }
}
