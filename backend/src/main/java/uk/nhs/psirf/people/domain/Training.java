package uk.nhs.psirf.people.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a person has completed; amounts are never null (zero when nothing is recorded). */
public record Training(LocalDate level1CompletedOn, LocalDate level2CompletedOn, BigDecimal learningFromIncidentsDays,
                       BigDecimal engagementTrainingHours, BigDecimal oversightTrainingDays) {

    public static final Training NONE = new Training(null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Training {
        learningFromIncidentsDays = learningFromIncidentsDays == null ? BigDecimal.ZERO : learningFromIncidentsDays;
        engagementTrainingHours = engagementTrainingHours == null ? BigDecimal.ZERO : engagementTrainingHours;
        oversightTrainingDays = oversightTrainingDays == null ? BigDecimal.ZERO : oversightTrainingDays;
    }
}
