package uk.nhs.psirf.staffsupport.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffSupportVisibilityPolicyTest {
    private static final UUID LINE_MANAGER = UUID.randomUUID();
    private static final UUID REVIEWER = UUID.randomUUID();
    private static final UUID LEAD = UUID.randomUUID();

    @Test
    void staff_support_is_seen_only_by_the_line_manager_the_reviewer_and_the_patient_safety_team() {
        assertTrue(StaffSupportVisibilityPolicy.maySee(false, Optional.of(LINE_MANAGER), LINE_MANAGER, REVIEWER));
        assertTrue(StaffSupportVisibilityPolicy.maySee(false, Optional.of(REVIEWER), LINE_MANAGER, REVIEWER));
        assertTrue(StaffSupportVisibilityPolicy.maySee(true, Optional.empty(), LINE_MANAGER, REVIEWER));
        assertFalse(StaffSupportVisibilityPolicy.maySee(false, Optional.of(LEAD), LINE_MANAGER, REVIEWER),
                "the response's lead is not one of those giving the support");
        assertFalse(StaffSupportVisibilityPolicy.maySee(false, Optional.empty(), null, null));
    }
}
