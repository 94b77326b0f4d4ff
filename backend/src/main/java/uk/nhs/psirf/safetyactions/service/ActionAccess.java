package uk.nhs.psirf.safetyactions.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.safetyactions.domain.SafetyAction;
import uk.nhs.psirf.safetyactions.persistence.ActionLinks;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.responses.service.ResponseAccess;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may do what with a safety action: the patient safety team and the Chief Nurse with every action, a learning
 * response lead with the actions on the responses they lead (the team), and the action's owner, whoever they are,
 * with their own action (read it and post progress). Anyone else is refused, and the refusal audited.
 */
@ApplicationScoped
public class ActionAccess {
    private final ResponseAccess responses;
    private final ActionLinks links;
    private final CallerPerson callerPerson;

    public ActionAccess(ResponseAccess responses, ActionLinks links, CallerPerson callerPerson) {
        this.responses = responses;
        this.links = links;
        this.callerPerson = callerPerson;
    }

    public boolean seesEveryAction() {
        return responses.seesEveryResponse();
    }

    /** The responses whose actions the caller manages as their lead; empty for anyone who is not a lead. */
    public List<UUID> responsesLed() {
        return responses.callerAsLead().map(links::responsesLedBy).orElse(List.of());
    }

    public boolean mayWorkOnResponse(UUID responseId) {
        return responses.mayWorkOn(responseId);
    }

    /** May edit, agree and review the action. */
    public boolean manages(SafetyAction action) {
        return seesEveryAction() || (action.responseId() != null && responses.mayWorkOn(action.responseId()));
    }

    /** The caller's person record, matched by their token's e-mail address (any role). */
    public Optional<UUID> callerPerson() {
        return callerPerson.id();
    }

    public boolean owns(SafetyAction action) {
        return action.ownerPersonId() != null && callerPerson().map(action.ownerPersonId()::equals).orElse(false);
    }
}
