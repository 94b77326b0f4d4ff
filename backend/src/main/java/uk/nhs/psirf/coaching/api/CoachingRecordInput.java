package uk.nhs.psirf.coaching.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A coaching record, new or changed ({@code version} required when changing). */
public record CoachingRecordInput(
        @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "Enter the date of the session") LocalDate heldOn,
        @NotNull(message = "Select how the coaching was given") String mode,
        Boolean cancelled,
        LocalTime startsAt,
        LocalTime finishesAt,
        @Min(value = 0, message = "The time spent cannot be negative")
        @Max(value = 480, message = "The time spent must be at most 480 minutes") Integer minutesSpent,
        @Size(max = 1000, message = "The topic must be 1000 characters or fewer") String topic,
        @Size(max = 4000, message = "The issues arising must be 4000 characters or fewer") String issuesArising,
        @Size(max = 20, message = "Record at most 20 actions") List<@Valid ActionView> actions,
        LocalDate nextMeetingOn,
        String cancelledBy,
        LocalDate rescheduledTo,
        String rescheduledBy) {

    public boolean isCancelled() {
        return Boolean.TRUE.equals(cancelled);
    }

    public List<ActionView> actionsOrEmpty() {
        return actions == null ? List.of() : actions;
    }
}
