package uk.nhs.psirf.qiprojects.api;

/** A current coach of the register who may be named on a project. */
public record CoachOption(String coachId, String name, String kind) {
}
