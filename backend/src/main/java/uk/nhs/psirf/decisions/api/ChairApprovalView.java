package uk.nhs.psirf.decisions.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChairApprovalView(String by, Instant at, String comment) {
}
