package uk.nhs.psirf.safetyactions.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What staff may change of an action; checked by the service before it reaches the entity. */
public record ActionDetails(String title, String description, UUID planId, UUID ownerPersonId, List<String> measures,
                            LocalDate dueOn) {
}
