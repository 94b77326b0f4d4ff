package uk.nhs.psirf.incident.api;

import java.util.List;

public record NotificationList(List<NotificationView> items, long unread) {
}
