package uk.nhs.psirf.candour.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Due and overdue candour steps stand out." */
class CandourStatusPolicyTest {
    private static final Stamp BY = new Stamp("sub", "Pat", Instant.EPOCH);
    private static final LocalDate VERBAL = LocalDate.parse("2026-11-02");
    private static final LocalDate DUE = LocalDate.parse("2026-11-16");

    @Test
    void the_written_notification_is_overdue_the_day_after_it_was_due() {
        CandourRecord record = notifiable(new CandourSteps(VERBAL, "Ward manager", "The patient", null, null, null,
                null, null));
        assertEquals(CandourStatus.DUE, CandourStatusPolicy.status(record, DUE, DUE));
        assertEquals(CandourStatus.OVERDUE, CandourStatusPolicy.status(record, DUE, DUE.plusDays(1)));
    }

    @Test
    void a_step_recorded_as_not_possible_with_a_reason_is_settled() {
        CandourRecord record = notifiable(new CandourSteps(VERBAL, "Ward manager", "The patient", null, null,
                "The patient asked not to receive letters", null, "The patient died; no family could be traced"));
        assertEquals(CandourStatus.COMPLETE, CandourStatusPolicy.status(record, DUE, DUE.plusDays(30)));
    }

    @Test
    void an_undecided_event_is_not_yet_decided() {
        assertEquals(CandourStatus.NOT_DECIDED, CandourStatusPolicy.status(null, null, DUE));
    }

    private static CandourRecord notifiable(CandourSteps steps) {
        CandourRecord record = CandourRecord.startFor(UUID.randomUUID(), BY);
        record.decide(true, false, "Moderate harm", BY);
        record.recordSteps(steps, BY);
        return record;
    }
}
