package uk.nhs.psirf.people.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingRecordView(UUID personId, String personName, long version, LocalDate level1CompletedOn,
                                 LocalDate level2CompletedOn, BigDecimal learningFromIncidentsDays,
                                 BigDecimal engagementTrainingHours, BigDecimal oversightTrainingDays,
                                 List<CpdEntryView> cpdEntries, List<Qualification> qualifications,
                                 List<YearCount> responsesByYear,
                                 List<AttendedProgramme> programmesAttended) {
}
