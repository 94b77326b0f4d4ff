package uk.nhs.psirf.people;

import uk.nhs.psirf.people.api.YearCount;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Learning responses a person contributed to: as lead or as a team member, each response counted once per person, in
 * the year (UK time) the response was created. Owned here, where the training record shows them, and implemented by
 * the responses feature, which owns the responses and sits above people, so people never reads its tables.
 */
public interface Contributions {
    /** The person's contributions per year, newest year first. */
    List<YearCount> byYear(UUID personId);

    /** Everyone's contributions in this year, by person; people with none are missing. */
    Map<UUID, Long> inYear(int year);

    /** Everyone who has ever led a learning response. */
    Set<UUID> everLed();
}
