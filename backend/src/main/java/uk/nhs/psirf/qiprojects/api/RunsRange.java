package uk.nhs.psirf.qiprojects.api;

/** The fewest and most runs expected of random variation, from the published table. */
public record RunsRange(int lower, int upper) {
}
