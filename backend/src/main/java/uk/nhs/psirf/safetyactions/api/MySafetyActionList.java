package uk.nhs.psirf.safetyactions.api;

import java.util.List;

/** The caller's own actions, overdue first. */
public record MySafetyActionList(List<SafetyActionSummary> items) {
}
