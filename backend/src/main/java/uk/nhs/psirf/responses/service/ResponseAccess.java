package uk.nhs.psirf.responses.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may work on a learning response (policy §3.6, product access rules): patient safety specialists and the
 * Chief Nurse on every response; a learning response lead only on the responses assigned to them (the caller's
 * verified e-mail address is that of the response's lead). Anyone else gets 403, which is audited.
 */
@ApplicationScoped
public class ResponseAccess {
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final CallerPerson callerPerson;

    public ResponseAccess(EntityManager entityManager, CurrentUser currentUser, CallerPerson callerPerson) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.callerPerson = callerPerson;
    }

    public boolean seesEveryResponse() {
        return currentUser.hasRole(Roles.PATIENT_SAFETY_SPECIALIST) || currentUser.hasRole(Roles.CHIEF_NURSE);
    }

    /** The person record of the caller, when they are a learning response lead known to the people directory. */
    public Optional<UUID> callerAsLead() {
        return currentUser.hasRole(Roles.LEARNING_RESPONSE_LEAD) ? callerPerson.id() : Optional.empty();
    }

    public boolean mayWorkOn(UUID responseId) {
        if (seesEveryResponse()) {
            return true;
        }
        return callerAsLead().map(person -> isLead(responseId, person)).orElse(false);
    }

    /**
     * Throws a per-record 403 (audited) unless the caller may work on the response, e.g. for the lead of another
     * response; an unknown response is the caller's 404 to raise.
     */
    public void requireWorkOn(UUID responseId) {
        if (!mayWorkOn(responseId)) {
            throw new AccessDeniedException(LearningResponseService.ENTITY_TYPE, responseId.toString());
        }
    }

    private boolean isLead(UUID responseId, UUID personId) {
        return !entityManager.createNativeQuery(
                        "select 1 from learning_response where id = :id and lead_person_id = :person")
                .setParameter("id", responseId).setParameter("person", personId).getResultList().isEmpty();
    }
}
