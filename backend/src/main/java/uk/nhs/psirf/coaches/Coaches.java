package uk.nhs.psirf.coaches;

import uk.nhs.psirf.platform.security.Stamp;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The coach register's front door for the other features (coaching contracts, QI projects, recruitment): who is a
 * coach, by register id or person, and who the caller is on the register. Other features name a coach by the
 * register id and read back only what they show.
 */
public interface Coaches {
    /** The register entry with this id, current or not. */
    Optional<CoachBrief> find(UUID coachId);

    /** The register entry of this person of the directory, current or not. */
    Optional<CoachBrief> findByPerson(UUID personId);

    /** The coaches current today, by name: those a project or contract may name. */
    java.util.List<CoachBrief> current();

    /** The caller's own register entry (matched through their sign-in's e-mail address), current or not. */
    Optional<CoachBrief> caller();

    /** The coaches' names by register id; ids that name no one are missing. */
    Map<UUID, String> names(Collection<UUID> coachIds);

    /**
     * Puts a person on the register (e.g. a coach with lived experience once appointed and inducted), or returns their
     * entry if they are already on it. Not audited here: the caller audits the step that enrolled them.
     */
    CoachBrief enrol(NewCoach coach, Stamp by);
}
