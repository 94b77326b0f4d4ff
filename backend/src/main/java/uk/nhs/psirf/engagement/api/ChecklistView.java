package uk.nhs.psirf.engagement.api;

import java.util.List;

/** One contact checklist of Appendix 4 or 5: whose ({@code service-users} or {@code staff}) and which stage. */
public record ChecklistView(String audience, String title, String stage, List<ChecklistItemView> items) {
}
