package uk.nhs.psirf.partners.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerSummary(String id, PartnerPersonView partner, PartnerPersonView supporter, LocalDate startedOn,
                             LocalDate endedOn, boolean current, List<AreaView> areas, LocalDate lastSessionOn,
                             LocalDate nextSessionOn, LocalDate supervisionDueBy, boolean supervisionOverdue) {
}
