package uk.nhs.psirf.coaches;

import java.util.List;
import java.util.UUID;

/**
 * Port: what a coach is doing, told to the register by the features that hold the work (coaching contracts, QI
 * projects). Owned by the coach register, implemented by each feature above it; the register gathers every
 * implementation, so it shows a coach's teams, projects and hours without reading those features' tables.
 */
public interface CoachWork {
    /** The work of this coach (by register id): the teams, people and projects they coach, current first. */
    List<CoachWorkItem> of(UUID coachId);
}
