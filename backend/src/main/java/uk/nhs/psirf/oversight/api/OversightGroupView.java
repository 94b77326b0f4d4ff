package uk.nhs.psirf.oversight.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

/** A group with its figures and its de-identified work; {@code members} only for the patient safety team. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OversightGroupView(UUID id, long version, String name, String purpose, int memberCount,
                                 List<GroupMemberView> members, OversightFigures figures,
                                 List<DeidentifiedResponseSummary> responses, List<DeidentifiedPlanSummary> plans) {
}
