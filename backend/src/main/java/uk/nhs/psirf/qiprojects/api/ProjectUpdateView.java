package uk.nhs.psirf.qiprojects.api;

import java.time.Instant;
import java.time.LocalDate;

/** A monthly progress update to the sponsor. */
public record ProjectUpdateView(String id, LocalDate postedOn, String progress, String nextSteps, String helpNeeded, String postedBy, Instant postedAt) {
}
