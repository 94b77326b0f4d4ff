package uk.nhs.psirf.incident.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.kernel.ResponseType;

import java.time.Instant;

/** What the reporter is told about their report: the response decided and what was learnt. Names nobody. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportOutcome(ResponseType responseType, String responseTypeDisplay, Instant decidedAt, String learning,
                            Instant learningSharedAt) {
}
