package uk.nhs.psirf.coaching.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A coaching record (004_*) counts its time honestly: a session in person has a start and a finish time, the finish
 * after the start; e-mail coaching records the minutes spent; a cancelled session counts no time at all ("hours on
 * cancelled sessions" are refused) and says who cancelled; a rearranged session names its new date after the old.
 */
public final class SessionEntryPolicy {
    private SessionEntryPolicy() {
    }

    public static Verdict check(String mode, boolean cancelled, LocalDate heldOn, LocalTime startsAt,
                                LocalTime finishesAt, Integer minutesSpent, Side cancelledBy, LocalDate rescheduledTo,
                                LocalDate today) {
        List<Verdict> verdicts = new ArrayList<>();
        if (heldOn != null && !cancelled && heldOn.isAfter(today)) {
            verdicts.add(Verdict.invalid("heldOn", FieldErrorCode.IN_THE_FUTURE,
                    "A session is recorded once it has been held: the date must be today or in the past"));
        }
        if (cancelled) {
            if (startsAt != null || finishesAt != null || (minutesSpent != null && minutesSpent > 0)) {
                verdicts.add(Verdict.invalid(startsAt != null ? "startsAt" : finishesAt != null ? "finishesAt"
                        : "minutesSpent", FieldErrorCode.HOURS_ON_CANCELLED, "A cancelled session counts no time"));
            }
            if (cancelledBy == null) {
                verdicts.add(Verdict.invalid("cancelledBy", FieldErrorCode.REQUIRED, "Select who cancelled"));
            }
            if (rescheduledTo != null && heldOn != null && !rescheduledTo.isAfter(heldOn)) {
                verdicts.add(Verdict.invalid("rescheduledTo", FieldErrorCode.BEFORE_SESSION,
                        "The new date must be after the date of the cancelled session"));
            }
        } else if (SessionEntry.EMAIL.equals(mode)) {
            if (minutesSpent == null || minutesSpent <= 0) {
                verdicts.add(Verdict.invalid("minutesSpent", FieldErrorCode.REQUIRED,
                        "Enter the time spent on e-mail coaching, in minutes"));
            }
        } else {
            if (startsAt == null) {
                verdicts.add(Verdict.invalid("startsAt", FieldErrorCode.REQUIRED, "Enter the start time"));
            }
            if (finishesAt == null) {
                verdicts.add(Verdict.invalid("finishesAt", FieldErrorCode.REQUIRED, "Enter the finish time"));
            } else if (startsAt != null && !finishesAt.isAfter(startsAt)) {
                verdicts.add(Verdict.invalid("finishesAt", FieldErrorCode.FINISH_BEFORE_START,
                        "The finish time must be after the start time"));
            }
        }
        return Verdict.all(verdicts);
    }

    /** The minutes a valid entry counts towards the hours coached. */
    public static int minutes(String mode, boolean cancelled, LocalTime startsAt, LocalTime finishesAt,
                              Integer minutesSpent) {
        if (cancelled) {
            return 0;
        }
        if (SessionEntry.EMAIL.equals(mode)) {
            return minutesSpent;
        }
        return (int) java.time.Duration.between(startsAt, finishesAt).toMinutes();
    }
}
