package uk.nhs.psirf.beingfair.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** A record in the list: whose it is, who uses it, the current version and where it ended, if it did. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BeingFairSummary(String id, String responseId, String responseReference, String staffName,
                               String staffJobRole, String openedByName, String jointUserName, boolean joined,
                               int currentVersion, String outcome, String outcomeAction, Instant updatedAt) {
}
