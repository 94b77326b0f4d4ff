package uk.nhs.psirf.responseplan.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.error.ProblemCode;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "An approved version cannot be edited." */
class ApprovedVersionPolicyTest {

    @Test
    void anApprovedVersionCannotBeEdited() {
        PlanVersion approved = Plans.approved(Plans.period("2025-03-01", "2026-08-31"));
        Verdict edit = ApprovedVersionPolicy.mayEdit(approved);
        assertEquals(ProblemCode.CONFLICT, edit.code());
        assertEquals(null, edit.field());
        assertEquals("Version " + approved.number() + " is in-force and cannot be edited. Start a new draft instead.",
                edit.reason());
        assertEquals("Version " + approved.number() + " is already in-force.",
                ApprovedVersionPolicy.mayBeApproved(approved).reason());
        assertTrue(ApprovedVersionPolicy.mayEdit(approved).isRefused());
        PlanContent change = new PlanContent(approved.period(), approved.reviewDate(), List.of(),
                approved.equalityImpact());
        assertThrows(IllegalStateException.class, () -> approved.edit(change, Plans.PAT));
    }

    @Test
    void aDraftCanBeEdited() {
        assertTrue(ApprovedVersionPolicy.mayEdit(Plans.draft(Plans.period("2026-09-01", "2028-02-29"))).isAllowed());
    }
}
