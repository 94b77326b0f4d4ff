package uk.nhs.psirf.responseplan.domain;

import java.time.LocalDate;
import java.util.List;

/** A version's RAPID Equality Impact Assessment: the eleven groups in order, the reviewer, any full assessment. */
public record EqualityImpact(String reviewerName, String reviewerRole, LocalDate reviewedOn, List<GroupImpact> groups,
                             FullAssessment fullAssessment) {
    public boolean anyNegative() {
        return groups.stream().anyMatch(g -> g.impact() == Impact.NEGATIVE);
    }

    /** RAPID: "If YES [any negative impact], you will need to complete a full Equality Impact Assessment." */
    public boolean fullAssessmentRequired() {
        return anyNegative();
    }

    public boolean hasFullAssessment() {
        return fullAssessment != null && fullAssessment.complete();
    }
}
