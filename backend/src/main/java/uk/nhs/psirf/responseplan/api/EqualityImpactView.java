package uk.nhs.psirf.responseplan.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EqualityImpactView(String reviewerName, String reviewerRole, LocalDate reviewedOn,
                                 List<GroupImpactView> groups, boolean negativeImpact, boolean fullAssessmentRequired,
                                 FullAssessmentView fullAssessment) {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GroupImpactView(String group, String label, String impact, String comments) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FullAssessmentView(String title, LocalDate completedOn, String summary) {
    }
}
