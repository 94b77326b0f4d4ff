package uk.nhs.psirf.safetyactions;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A safety action as an improvement plan shows it: its plan, reference, title, owner (a directory person), due date,
 * and the codes of its status and latest effectiveness (null until reviewed).
 */
public record PlannedAction(UUID id, UUID planId, String reference, String title, UUID ownerPersonId, LocalDate dueOn,
                            String status, String effectiveness) {
}
