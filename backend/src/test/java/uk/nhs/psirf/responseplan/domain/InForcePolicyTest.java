package uk.nhs.psirf.responseplan.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** "Only one plan version is in force at a time." */
class InForcePolicyTest {

    @Test
    void onlyOnePlanVersionIsInForceAtATime() {
        PlanVersion first = Plans.approved(Plans.period("2025-03-01", "2026-08-31"));
        PlanVersion second = Plans.draft(Plans.period("2026-09-01", "2028-02-29"));
        InForcePolicy.approve(second, Optional.of(first), Plans.CHRIS, () -> { });
        assertEquals(1, List.of(first, second).stream().filter(v -> v.status() == PlanStatus.IN_FORCE).count());
        assertEquals(PlanStatus.SUPERSEDED, first.status());
        assertEquals(PlanStatus.IN_FORCE, second.status());
    }

    @Test
    void theSupersededVersionIsWrittenBeforeTheNewOneComesIntoForce() {
        PlanVersion first = Plans.approved(Plans.period("2025-03-01", "2026-08-31"));
        PlanVersion second = Plans.draft(Plans.period("2026-09-01", "2028-02-29"));
        InForcePolicy.approve(second, Optional.of(first), Plans.CHRIS,
                () -> assertEquals(PlanStatus.DRAFT, second.status()));
    }

    @Test
    void aVersionAlreadyApprovedCannotBeApprovedAgain() {
        PlanVersion first = Plans.approved(Plans.period("2025-03-01", "2026-08-31"));
        assertThrows(IllegalStateException.class, () -> InForcePolicy.approve(first, Optional.of(first),
                Plans.CHRIS, () -> { }));
    }
}
