package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.reporting.domain.EventStatus;
import uk.nhs.psirf.triage.DecidableCase;
import uk.nhs.psirf.triage.DecidableEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy §12.3: "Each PSI will be considered on an individual basis and the decision as to whether it meets the
 * criteria for a learning response (and what type) will be taken by a group of subject experts" — one event or one
 * case at a time, each still open and not yet decided.
 */
class DecisionTargetPolicyTest {
    private static final UUID CASE = UUID.randomUUID();

    @Test
    void the_panel_decides_either_an_event_or_a_case_not_both_and_not_neither() {
        assertRefused(DecisionTargetPolicy.oneTarget(null, null), "eventId", FieldErrorCode.REQUIRED,
                "Choose the event or the case decided");
        assertRefused(DecisionTargetPolicy.oneTarget(UUID.randomUUID(), CASE), "eventId", FieldErrorCode.EVENT_OR_CASE,
                "Decide either an event or a case, not both");
        assertTrue(DecisionTargetPolicy.oneTarget(UUID.randomUUID(), null).isAllowed());
        assertTrue(DecisionTargetPolicy.oneTarget(null, CASE).isAllowed());
    }

    @Test
    void an_event_is_decided_once_while_open_and_not_in_a_case() {
        assertTrue(DecisionTargetPolicy.mayDecideEvent(event(EventStatus.IN_TRIAGE, false, null), () -> false)
                .isAllowed());
        assertRefused(DecisionTargetPolicy.mayDecideEvent(null, () -> false), "eventId", FieldErrorCode.UNKNOWN_EVENT,
                "There is no event with this id");
        assertRefused(DecisionTargetPolicy.mayDecideEvent(event(EventStatus.CLOSED, false, null), () -> false),
                "eventId", FieldErrorCode.EVENT_CLOSED, "A closed event cannot be decided");
        assertRefused(DecisionTargetPolicy.mayDecideEvent(event(EventStatus.IN_TRIAGE, true, null), () -> false),
                "eventId", FieldErrorCode.ALREADY_DECIDED, "The response has already been decided");
        assertRefused(DecisionTargetPolicy.mayDecideEvent(event(EventStatus.IN_TRIAGE, false, CASE), () -> false),
                "eventId", FieldErrorCode.IN_CASE, "This event is grouped in a case: decide the case instead");
        assertRefused(DecisionTargetPolicy.mayDecideEvent(event(EventStatus.IN_TRIAGE, false, null), () -> true),
                "eventId", FieldErrorCode.DECISION_PENDING,
                "A decision awaits the chair's approval: change that one instead");
    }

    @Test
    void a_case_is_decided_once_with_all_its_events_open_and_undecided() {
        DecidableEvent open = event(EventStatus.IN_TRIAGE, false, CASE);
        assertTrue(DecisionTargetPolicy.mayDecideCase(triageCase(false, open), () -> false).isAllowed());
        assertRefused(DecisionTargetPolicy.mayDecideCase(null, () -> false), "caseId", FieldErrorCode.UNKNOWN_CASE,
                "There is no case with this id");
        assertRefused(DecisionTargetPolicy.mayDecideCase(triageCase(true, open), () -> false), "caseId",
                FieldErrorCode.ALREADY_DECIDED, "The response has already been decided");
        assertRefused(DecisionTargetPolicy.mayDecideCase(triageCase(false), () -> false), "caseId",
                FieldErrorCode.EMPTY_CASE, "The case has no events to decide on");
        assertRefused(DecisionTargetPolicy.mayDecideCase(triageCase(false, open, event(EventStatus.CLOSED, false,
                CASE)), () -> false), "caseId", FieldErrorCode.EVENT_CLOSED, "A closed event cannot be decided");
        assertRefused(DecisionTargetPolicy.mayDecideCase(triageCase(false, open, event(EventStatus.IN_TRIAGE, true,
                CASE)), () -> false), "caseId", FieldErrorCode.ALREADY_DECIDED,
                "The response has already been decided");
        assertRefused(DecisionTargetPolicy.mayDecideCase(triageCase(false, open), () -> true), "caseId",
                FieldErrorCode.DECISION_PENDING, "A decision awaits the chair's approval: change that one instead");
    }

    @Test
    void whether_a_decision_is_pending_is_not_looked_up_for_an_event_that_cannot_be_decided_anyway() {
        assertEquals(FieldErrorCode.EVENT_CLOSED, DecisionTargetPolicy.mayDecideEvent(
                event(EventStatus.CLOSED, false, null), () -> {
                    throw new AssertionError("looked up");
                }).fieldCode());
    }

    private static DecidableEvent event(EventStatus status, boolean decided, UUID caseId) {
        return new DecidableEvent(UUID.randomUUID(), "PSE-2026-0001", status, "falls", "Falls", 2, 0, Instant.EPOCH,
                Instant.EPOCH, caseId, false, decided);
    }

    private static DecidableCase triageCase(boolean decided, DecidableEvent... events) {
        return new DecidableCase(CASE, "CASE-2026-0001", "Falls on ward 4", decided, List.of(events));
    }

    private static void assertRefused(Verdict verdict, String field, FieldErrorCode code, String reason) {
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals(field, verdict.field());
        assertEquals(code, verdict.fieldCode());
        assertEquals(reason, verdict.reason());
    }
}
