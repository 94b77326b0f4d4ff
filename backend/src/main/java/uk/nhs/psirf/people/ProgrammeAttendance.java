package uk.nhs.psirf.people;

import uk.nhs.psirf.people.api.AttendedProgramme;

import java.util.List;
import java.util.UUID;

/**
 * The training programme sessions a person attended, as their training record shows them. Owned here and implemented
 * by the programmes feature, which keeps the sessions and their registers and sits above people, so people never
 * reads its tables and keeps no programme columns of its own.
 */
public interface ProgrammeAttendance {
    /** The sessions the person is marked as having attended, newest first. */
    List<AttendedProgramme> attended(UUID personId);
}
