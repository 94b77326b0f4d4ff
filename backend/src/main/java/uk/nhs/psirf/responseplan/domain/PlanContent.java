package uk.nhs.psirf.responseplan.domain;

import java.time.LocalDate;
import java.util.List;

/** What a patient safety specialist writes into a draft. */
public record PlanContent(PlanPeriod period, LocalDate reviewDate, List<PlannedResponse> priorities,
                          EqualityImpact equalityImpact) {
}
