package uk.nhs.psirf.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.reporting.domain.ReporterKeys;
import uk.nhs.psirf.reporting.domain.Viewer;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The caller as the incident rules see them. */
@ApplicationScoped
public class CurrentViewer {
    private final CurrentUser currentUser;
    private final ReporterKeys reporterKeys;
    private final EntityManager entityManager;

    public CurrentViewer(CurrentUser currentUser, ReporterKeys reporterKeys, EntityManager entityManager) {
        this.currentUser = currentUser;
        this.reporterKeys = reporterKeys;
        this.entityManager = entityManager;
    }

    public Viewer get() {
        return new Viewer(currentUser.roles(), reporterKey(), eventsOfResponsesLed());
    }

    /**
     * For a learning response lead: the events of the responses whose lead is the person with the caller's e-mail
     * address (the same link as {@code response.service.ResponseAccess}); read here so incident does not depend on
     * the response feature's classes.
     */
    private Set<UUID> eventsOfResponsesLed() {
        String email = currentUser.email();
        if (!currentUser.hasRole(Roles.LEARNING_RESPONSE_LEAD) || email == null || email.isBlank()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createNativeQuery("""
                        select e.event_id from learning_response_event e
                        join learning_response r on r.id = e.response_id
                        join person p on p.id = r.lead_person_id
                        where lower(p.email) = lower(:email) and p.active""", UUID.class)
                .setParameter("email", email).getResultStream().map(UUID.class::cast).toList());
    }

    public String reporterKey() {
        return reporterKeys.keyFor(currentUser.sub());
    }
}
