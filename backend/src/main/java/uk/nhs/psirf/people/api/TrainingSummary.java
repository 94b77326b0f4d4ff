package uk.nhs.psirf.people.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingSummary(LocalDate level1CompletedOn, LocalDate level2CompletedOn,
                              BigDecimal learningFromIncidentsDays, BigDecimal engagementTrainingHours,
                              BigDecimal oversightTrainingDays, BigDecimal cpdHours) {
}
