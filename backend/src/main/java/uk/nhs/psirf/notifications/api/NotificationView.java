package uk.nhs.psirf.notifications.api;

import java.time.Instant;
import java.util.UUID;

/** One in-app message to a reporter ({@code Notification} in the contract). */
public record NotificationView(long id, Instant at, UUID eventId, String eventReference, String message,
                               boolean read) {
}
