package uk.nhs.psirf.candour.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.responses.service.ResponseAccess;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who may see and record an event's candour (product access rules): patient safety specialists decide and record,
 * the Chief Nurse reads, and a learning response lead reads and records the steps of the events of the responses
 * they lead. Anyone else gets 403, which the platform audits.
 */
@ApplicationScoped
public class CandourAccess {
    private final ResponseAccess responseAccess;
    private final CurrentUser currentUser;

    public CandourAccess(ResponseAccess responseAccess, CurrentUser currentUser) {
        this.responseAccess = responseAccess;
        this.currentUser = currentUser;
    }

    public boolean mayDecide() {
        return currentUser.hasRole(Roles.PATIENT_SAFETY_SPECIALIST);
    }

    /** {@code leadsOfEvent}: the lead person of each response holding the event. */
    public boolean mayRecordSteps(List<UUID> leadsOfEvent) {
        return mayDecide() || leadsIt(leadsOfEvent);
    }

    /** A refusal for this event's record (e.g. the lead of another response), audited by the platform. */
    public void requireRead(UUID eventId, List<UUID> leadsOfEvent) {
        if (!responseAccess.seesEveryResponse() && !leadsIt(leadsOfEvent)) {
            throw new AccessDeniedException(CandourService.ENTITY_TYPE, eventId.toString());
        }
    }

    public void requireRecordSteps(UUID eventId, List<UUID> leadsOfEvent) {
        if (!mayRecordSteps(leadsOfEvent)) {
            throw new AccessDeniedException(CandourService.ENTITY_TYPE, eventId.toString());
        }
    }

    private boolean leadsIt(List<UUID> leadsOfEvent) {
        return responseAccess.callerAsLead().map(person -> leadsOfEvent.stream().filter(Objects::nonNull)
                .anyMatch(person::equals)).orElse(false);
    }
}
