package uk.nhs.psirf.reporting.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.nhs.psirf.reference.EventType;

import java.time.Instant;
import java.util.List;

/** A new report as the reporter sends it (limits as in the {@code NewEventReport} schema). */
public record NewEventReport(
        @NotNull(message = "Select what kind of event you are reporting") EventType eventType,
        @NotNull(message = "Enter when it happened") @NotInFuture Instant occurredAt,
        @NotBlank(message = "Select the location") @Size(max = 50, message = "Location code must be 50 characters or fewer") String locationCode,
        @NotBlank(message = "Select the category") @Size(max = 50, message = "Category code must be 50 characters or fewer") String categoryCode,
        @NotNull(message = "Select the physical harm") @Min(value = 1, message = "Select a physical harm level from the list") @Max(value = 5, message = "Select a physical harm level from the list") Integer physicalHarm,
        @NotNull(message = "Select the psychological harm") @Min(value = 1, message = "Select a psychological harm level from the list") @Max(value = 4, message = "Select a psychological harm level from the list") Integer psychologicalHarm,
        @NotBlank(message = "Describe what happened") @Size(max = 4000, message = "What happened must be 4000 characters or fewer") String whatHappened,
        @Size(max = 2000, message = "Immediate actions must be 2000 characters or fewer") String immediateActions,
        @Valid PatientDetails patient,
        @Size(max = 20, message = "Enter up to 20 staff") List<@Valid StaffInvolved> staffInvolved,
        Boolean anonymous) {

    public boolean reportsAnonymously() {
        return Boolean.TRUE.equals(anonymous);
    }

    public List<StaffInvolved> staffOrEmpty() {
        return staffInvolved == null ? List.of() : staffInvolved;
    }
}
