package uk.nhs.psirf.improvementplans.domain;

import java.time.LocalDate;

/** What the plan reads of one of its safety actions (the safety actions feature owns them). */
public record ActionRow(String status, LocalDate dueOn, String effectiveness) {
    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";
    public static final String NOT_EFFECTIVE = "not-effective";
}
