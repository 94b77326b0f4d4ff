package uk.nhs.psirf.notifications.api;

import java.util.List;

public record NotificationList(List<NotificationView> items, long unread) {
}
