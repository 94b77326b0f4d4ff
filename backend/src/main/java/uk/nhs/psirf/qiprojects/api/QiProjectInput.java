package uk.nhs.psirf.qiprojects.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project as started or changed: {@code version} only on a change (the version last read); {@code status}
 * ({@code open} or {@code closed}) only on a change.
 */
public record QiProjectInput(
        @NotBlank(message = "Enter the project's title") @Size(max = 200, message = "Keep the title to 200 characters or fewer") String title,
        @NotBlank(message = "Enter the aim statement") @Size(max = 2000, message = "Keep the aim to 2000 characters or fewer") String aim,
        @NotNull(message = "Select the sponsor") UUID sponsorPersonId,
        @NotNull(message = "Enter the date the project started") LocalDate startedOn,
        @Size(max = 30, message = "A project team has at most 30 members") List<UUID> teamPersonIds,
        @Size(max = 10, message = "A project has at most 10 coaches") List<UUID> coachIds,
        @Size(max = 20, message = "A driver diagram has at most 20 primary drivers") List<@Valid DriverInput> drivers,
        @Size(max = 20, message = "Link at most 20 safety actions") List<UUID> safetyActionIds,
        @Size(max = 20, message = "Link at most 20 safety improvement plans") List<UUID> improvementPlanIds,
        String status,
        Long version) {

    public List<UUID> teamOrEmpty() {
        return teamPersonIds == null ? List.of() : teamPersonIds;
    }

    public List<UUID> coachesOrEmpty() {
        return coachIds == null ? List.of() : coachIds;
    }

    public List<DriverInput> driversOrEmpty() {
        return drivers == null ? List.of() : drivers;
    }

    public List<UUID> actionsOrEmpty() {
        return safetyActionIds == null ? List.of() : safetyActionIds;
    }

    public List<UUID> plansOrEmpty() {
        return improvementPlanIds == null ? List.of() : improvementPlanIds;
    }

    /** A primary driver with its secondary drivers. */
    public record DriverInput(String text,
                              @Size(max = 20, message = "At most 20 secondary drivers") List<@Valid SecondaryInput> secondaryDrivers) {
        public List<SecondaryInput> secondaryOrEmpty() {
            return secondaryDrivers == null ? List.of() : secondaryDrivers;
        }
    }

    /** A secondary driver with its change ideas. */
    public record SecondaryInput(String text,
                                 @Size(max = 20, message = "At most 20 change ideas") List<String> changeIdeas) {
        public List<String> ideasOrEmpty() {
            return changeIdeas == null ? List.of() : changeIdeas;
        }
    }
}
