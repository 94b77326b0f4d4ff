package uk.nhs.psirf.coaches.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Who reads and keeps the coach register (issue 12 §8: "a coach sees and writes only their own ... supervision";
 * "the improvement advisor sees all coaching"; product: the QI department runs the coach programme and supervision).
 * The improvement advisors keep the register; a coach reads only their own entry; nobody keeps their own entry or
 * records their own supervision, even when they also hold the advisor's role.
 */
public final class CoachRegisterPolicy {
    static final String NOT_THEIR_ENTRY = "A coach reads only their own entry of the coach register";
    static final String NOT_THEIR_OWN = "Nobody keeps their own entry of the coach register or records their own supervision";

    private CoachRegisterPolicy() {
    }

    /** Refused as a 403 for the record (the caller uses {@link Verdict#orDeny}). */
    public static Verdict mayRead(boolean callerIsAdvisor, UUID callerCoachId, UUID entryId) {
        return Verdict.allowedIf(callerIsAdvisor || entryId.equals(callerCoachId),
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_THEIR_ENTRY));
    }

    /** Refused as a 403 for the record (the caller uses {@link Verdict#orDeny}). */
    public static Verdict mayKeep(UUID callerPersonId, UUID entryPersonId) {
        return Verdict.allowedIf(callerPersonId == null || !callerPersonId.equals(entryPersonId),
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_THEIR_OWN));
    }

    /**
     * The notes of a supervision session are for the two who were there (issue 12 §6: "notes visible to the two of
     * them"): the coach, and the advisor who held it (or who recorded it on their behalf, having written them).
     */
    public static boolean maySeeNotes(UUID callerPersonId, String callerSub, UUID coachPersonId,
                                      CoachSupervisionSession session) {
        return (callerPersonId != null && (callerPersonId.equals(coachPersonId)
                || callerPersonId.equals(session.advisorPersonId())))
                || (callerSub != null && callerSub.equals(session.recordedBySub()));
    }

    public static Verdict endsOnOrAfterStart(LocalDate startedOn, LocalDate endedOn) {
        return Verdict.allowedIf(endedOn == null || startedOn == null || !endedOn.isBefore(startedOn),
                () -> Verdict.invalid("endedOn", FieldErrorCode.END_BEFORE_START,
                        "The date coaching ended must be on or after the date it started"));
    }
}
