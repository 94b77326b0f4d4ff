package uk.nhs.psirf.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.reporting.domain.EventStatus;

import java.time.Instant;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusChangeView(Instant at, EventStatus status, String by, String note) {
}
