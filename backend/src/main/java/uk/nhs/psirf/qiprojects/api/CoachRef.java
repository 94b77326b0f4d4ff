package uk.nhs.psirf.qiprojects.api;

/** A coach of the register as a project shows them. */
public record CoachRef(String coachId, String name) {
}
