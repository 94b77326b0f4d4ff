package uk.nhs.psirf.incident.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.incident.domain.EventStatus;

import java.time.Instant;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusChangeView(Instant at, EventStatus status, String by, String note) {
}
