package uk.nhs.psirf.qiprojects.api;

/** One person of the directory as a project shows them. */
public record PersonRef(String personId, String name) {
}
