package uk.nhs.psirf.qiprojects.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What a project is, checked and ready to keep. */
public record ProjectDetails(String title, String aim, UUID sponsorPersonId, LocalDate startedOn,
                             Set<UUID> teamPersonIds, Set<UUID> coachIds, List<DriverEntry> drivers,
                             Set<ProjectLink> links) {
}
