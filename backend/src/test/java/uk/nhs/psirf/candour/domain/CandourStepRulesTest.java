package uk.nhs.psirf.candour.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A step is done or explained, the written notification follows the verbal one, and none precedes the event." */
class CandourStepRulesTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-10");
    private static final LocalDate TODAY = DAY.plusDays(5);

    @Test
    void a_step_has_a_date_or_a_reason_it_could_not_be_done_not_both() {
        Verdict both = CandourStepRules.dated("verbalNotifiedOn", DAY, "Could not reach the family", TODAY, DAY);
        assertEquals(ProblemCode.VALIDATION_FAILED, both.code());
        assertEquals("verbalNotifiedOn", both.field());
        assertEquals(FieldErrorCode.DATE_AND_REASON, both.fieldCode());
        assertEquals("Enter the date the step was done or why it could not be done, not both", both.reason());
        assertTrue(CandourStepRules.dated("verbalNotifiedOn", DAY, " ", TODAY, DAY).isAllowed());
        assertTrue(CandourStepRules.dated("verbalNotifiedOn", null, "Could not reach the family", TODAY, DAY)
                .isAllowed());
    }

    @Test
    void the_written_notification_cannot_be_sent_before_the_verbal_one() {
        Verdict verdict = CandourStepRules.writtenAfterVerbal(DAY, DAY.minusDays(1));
        assertEquals("writtenSentOn", verdict.field());
        assertEquals(FieldErrorCode.BEFORE_VERBAL, verdict.fieldCode());
        assertEquals("The written notification cannot be sent before the verbal notification", verdict.reason());
        assertTrue(CandourStepRules.writtenAfterVerbal(DAY, DAY).isAllowed());
        assertTrue(CandourStepRules.writtenAfterVerbal(null, DAY).isAllowed());
    }

    @Test
    void no_candour_step_is_dated_before_the_event_or_after_today() {
        Verdict before = CandourStepRules.dated("findingsSharedOn", DAY.minusDays(1), null, TODAY, DAY);
        assertEquals("findingsSharedOn", before.field());
        assertEquals(FieldErrorCode.BEFORE_EVENT, before.fieldCode());
        assertEquals("The date cannot be before the event occurred (2026-11-10)", before.reason());
        assertTrue(CandourStepRules.dated("findingsSharedOn", DAY, null, TODAY, DAY).isAllowed());
        Verdict future = CandourStepRules.dated("findingsSharedOn", TODAY.plusDays(1), null, TODAY, DAY);
        assertEquals(FieldErrorCode.IN_THE_FUTURE, future.fieldCode());
        assertEquals("The date cannot be in the future", future.reason());
    }

    @Test
    void candour_steps_are_recorded_once_the_event_is_decided_notifiable() {
        Stamp by = new Stamp("sub", "Pat", Instant.EPOCH);
        CandourRecord record = CandourRecord.startFor(UUID.randomUUID(), by);
        Verdict verdict = CandourStepRules.mayRecordSteps("PSE-2026-0001", record);
        assertEquals(ProblemCode.CONFLICT, verdict.code());
        assertNull(verdict.field());
        assertEquals("PSE-2026-0001 is not decided notifiable; candour steps are recorded once it is.",
                verdict.reason());
        record.decide(true, false, "Moderate harm", by);
        assertTrue(CandourStepRules.mayRecordSteps("PSE-2026-0001", record).isAllowed());
    }
}
