package uk.nhs.psirf.programmes.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

/**
 * A programme with its sessions (oldest first), materials (newest first) and, for the challenging poor practice
 * module, its scenario cards; {@code mayKeep} says whether the caller adds sessions and materials.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgrammeView(UUID id, long version, String code, String title, String summary,
                            List<SessionSummary> sessions, List<MaterialView> materials,
                            List<ScenarioCardView> scenarioCards, boolean mayKeep) {
}
