package uk.nhs.psirf.engagement.api;

import java.util.List;

/** A response's people affected and their contacts, with the guidance to follow when recording contacts. */
public record EngagementView(String responseId, String reference, String status, boolean acceptsChanges,
                             List<String> guidingPrinciples, List<ChecklistView> checklists,
                             List<PersonAffectedView> people) {
}
