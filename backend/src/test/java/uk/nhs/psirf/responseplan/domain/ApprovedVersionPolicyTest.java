package uk.nhs.psirf.responseplan.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "An approved version cannot be edited." */
class ApprovedVersionPolicyTest {

    @Test
    void anApprovedVersionCannotBeEdited() {
        PlanVersion approved = Plans.approved(Plans.period("2025-03-01", "2026-08-31"));
        assertFalse(ApprovedVersionPolicy.mayEdit(approved));
        PlanContent change = new PlanContent(approved.period(), approved.reviewDate(), List.of(),
                approved.equalityImpact());
        assertThrows(IllegalStateException.class, () -> approved.edit(change, "sub-pat", "Pat", Plans.AT));
    }

    @Test
    void aDraftCanBeEdited() {
        assertTrue(ApprovedVersionPolicy.mayEdit(Plans.draft(Plans.period("2026-09-01", "2028-02-29"))));
    }
}
