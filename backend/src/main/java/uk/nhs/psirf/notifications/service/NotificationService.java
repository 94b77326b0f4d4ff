package uk.nhs.psirf.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.notifications.api.NotificationList;
import uk.nhs.psirf.notifications.api.NotificationView;
import uk.nhs.psirf.notifications.domain.ReporterNotification;
import uk.nhs.psirf.notifications.persistence.NotificationRepository;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;

import java.time.Instant;
import java.util.List;

/**
 * The caller's in-app notifications, found by their reporter key (as "My reports" is) so that anonymous reporters
 * are told too. Someone else's notification is "not found": a 403 would tell that it exists.
 */
@ApplicationScoped
public class NotificationService {
    public static final String ENTITY_TYPE = "reporter-notification";
    static final int MOST_RECENT = 50;

    private final NotificationRepository notifications;
    private final Events events;
    private final AuditService audit;
    private final Stamps stamps;

    public NotificationService(NotificationRepository notifications, Events events, AuditService audit,
                               Stamps stamps) {
        this.notifications = notifications;
        this.events = events;
        this.audit = audit;
        this.stamps = stamps;
    }

    /** The audit names no report here: the caller's list may include their anonymous reports. */
    @Transactional
    public NotificationList mine() {
        String key = events.callerReporterKey();
        List<NotificationView> items = notifications.newestFor(key, MOST_RECENT).stream()
                .map(NotificationService::view).toList();
        long unread = notifications.countUnread(key);
        audit.record(AuditAction.LIST, ENTITY_TYPE, null, "my notifications");
        return new NotificationList(items, unread);
    }

    @Transactional
    public void markRead(long id) {
        ReporterNotification notification = notifications.find(events.callerReporterKey(), id)
                .orElseThrow(() -> ApiException.notFound("The notification"));
        markRead(notification, stamps.current().at());
    }

    /** Every unread notification of the caller, each audited as when marked on its own. */
    @Transactional
    public void markAllRead() {
        Instant now = stamps.current().at();
        notifications.unreadFor(events.callerReporterKey()).forEach(n -> markRead(n, now));
    }

    private void markRead(ReporterNotification notification, Instant at) {
        notification.markRead(at);
        String id = Long.toString(notification.id());
        boolean anonymous = events.find(notification.eventId()).map(PatientSafetyEvent::anonymous).orElse(true);
        if (anonymous) {
            // As for reading an anonymous report: naming the reader would name the reporter.
            audit.recordAnonymous(AuditAction.UPDATE, ENTITY_TYPE, id, "read");
        } else {
            audit.record(AuditAction.UPDATE, ENTITY_TYPE, id, "read");
        }
    }

    private static NotificationView view(ReporterNotification n) {
        return new NotificationView(n.id(), n.createdAt(), n.eventId(), n.eventReference(), n.message(),
                n.readAt() != null);
    }
}
