package uk.nhs.psirf.responseplan.domain;

import java.time.LocalDate;

/** The full Equality Impact Assessment a negative RAPID result calls for (recorded, not attached, in this version). */
public record FullAssessment(String title, LocalDate completedOn, String summary) {
    public boolean complete() {
        return title != null && !title.isBlank() && completedOn != null && summary != null && !summary.isBlank();
    }
}
