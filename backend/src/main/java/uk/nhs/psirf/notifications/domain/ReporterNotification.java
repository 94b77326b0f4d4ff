package uk.nhs.psirf.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An in-app message to the reporter of an event, addressed by their reporter key so anonymous reporters get it too.
 * The message names nobody: only the reference and what changed.
 */
@Entity
@Table(name = "reporter_notification")
public class ReporterNotification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_key", nullable = false, length = 64)
    private String recipientKey;

    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @Column(name = "event_reference", nullable = false, length = 20)
    private String eventReference;

    @Column(nullable = false, length = 500)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected ReporterNotification() {
    }

    public static ReporterNotification about(PatientSafetyEvent event, String message, Instant at) {
        ReporterNotification notification = new ReporterNotification();
        notification.recipientKey = event.reporterKey();
        notification.eventId = event.id();
        notification.eventReference = event.reference();
        notification.message = message;
        notification.createdAt = at;
        return notification;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public String recipientKey() {
        return recipientKey;
    }

    public UUID eventId() {
        return eventId;
    }

    public String eventReference() {
        return eventReference;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
