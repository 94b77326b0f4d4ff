package uk.nhs.psirf.engagement.api;

public record ChecklistItemView(String code, String section, String text) {
}
