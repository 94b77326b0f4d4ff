package uk.nhs.psirf.qiprojects.api;

import java.time.LocalDate;

/** A PDSA cycle pinned to a date of this chart. */
public record PinnedCycle(String id, String title, LocalDate pinnedOn) {
}
