package uk.nhs.psirf.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.notifications.domain.ReporterNotification;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.reporting.ReporterNotifier;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;

import java.time.Clock;

/** Tells a reporter, in the app, that something changed about their report; joins the caller's transaction. */
@ApplicationScoped
public class InAppReporterNotifier implements ReporterNotifier {
    private final EntityManager entityManager;
    private final Clock clock;

    public InAppReporterNotifier(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public void tell(PatientSafetyEvent event, String message) {
        entityManager.persist(ReporterNotification.about(event, message, Times.now(clock)));
    }
}
