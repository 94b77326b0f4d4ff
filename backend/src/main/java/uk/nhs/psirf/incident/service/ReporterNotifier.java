package uk.nhs.psirf.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.incident.domain.PatientSafetyEvent;
import uk.nhs.psirf.incident.domain.ReporterNotification;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;

/** Tells a reporter, in the app, that something changed about their report; joins the caller's transaction. */
@ApplicationScoped
public class ReporterNotifier {
    private final EntityManager entityManager;
    private final Clock clock;

    public ReporterNotifier(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public void tell(PatientSafetyEvent event, String message) {
        entityManager.persist(ReporterNotification.about(event, message, Times.now(clock)));
    }
}
