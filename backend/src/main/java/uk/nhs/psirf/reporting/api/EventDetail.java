package uk.nhs.psirf.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import uk.nhs.psirf.reference.Code;
import uk.nhs.psirf.reference.EventType;
import uk.nhs.psirf.reference.LocationView;
import uk.nhs.psirf.reporting.domain.EventStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event; when {@code identifiable} is false the identifiable fields are absent. {@code duplicateOf} and
 * {@code case} are triage links the reporter does not see; {@code outcome} is what the reporter is told.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventDetail(UUID id, String reference, long version, EventStatus status, Instant reportedAt,
                          Instant occurredAt, EventType eventType, Code category, Code physicalHarm,
                          Code psychologicalHarm, LocationView location, boolean anonymous, boolean identifiable,
                          String reporterName, String whatHappened, String immediateActions,
                          boolean patientInvolved, PatientDetails patient, List<StaffInvolved> staffInvolved,
                          List<StatusChangeView> history, EventLink duplicateOf,
                          @JsonProperty("case") CaseLink triageCase, ReportOutcome outcome) {
}
