package uk.nhs.psirf.oversight.api;

import java.util.List;

public record OversightGroupList(List<OversightGroupSummary> items) {
}
