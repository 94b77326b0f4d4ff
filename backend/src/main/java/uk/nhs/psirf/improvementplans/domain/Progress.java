package uk.nhs.psirf.improvementplans.domain;

/** The plan's safety actions at a glance; cancelled actions are not counted. */
public record Progress(int actions, int completed, int overdue, int notEffective, int responses) {
}
