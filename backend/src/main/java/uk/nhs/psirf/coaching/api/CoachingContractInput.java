package uk.nhs.psirf.coaching.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * A new coaching contract. A coach who sends no {@code coachIds} is the coach; the coachee is a person
 * ({@code individual}) or a team with the person who accepts for it.
 */
public record CoachingContractInput(
        @Size(max = 4, message = "Choose at most 4 coaches") List<UUID> coachIds,
        @NotNull(message = "Select who is coached: a person or a team") String coacheeKind,
        @NotNull(message = "Select the person coached, or the team's contact") UUID coacheePersonId,
        @Size(max = 200, message = "The team name must be 200 characters or fewer") String teamName,
        @Size(max = 9, message = "Choose at most the 9 aims") List<String> aims,
        @Size(max = 100, message = "The frequency must be 100 characters or fewer") String frequency,
        @Min(value = 15, message = "A session is at least 15 minutes")
        @Max(value = 480, message = "A session is at most 8 hours") Integer sessionMinutes,
        @Size(max = 200, message = "The venue must be 200 characters or fewer") String venue,
        Boolean onQiCourse) {

    public List<UUID> coachIdsOrEmpty() {
        return coachIds == null ? List.of() : coachIds;
    }

    public List<String> aimsOrEmpty() {
        return aims == null ? List.of() : aims;
    }
}
