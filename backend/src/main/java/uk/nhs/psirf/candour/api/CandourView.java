package uk.nhs.psirf.candour.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.candour.domain.CandourStatus;
import uk.nhs.psirf.reference.Code;

import java.util.List;
import java.util.UUID;

/** Duty of Candour for one event; {@code version} is 0 and {@code decision} null until something is recorded. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandourView(UUID eventId, String eventReference, long version, Code physicalHarm,
                          Code psychologicalHarm, boolean proposedNotifiable, String proposalExplanation,
                          CandourDecisionView decision, CandourStepsView steps, CandourStatus status,
                          String statusDisplay, List<CandourResponseLink> responses, boolean mayDecide,
                          boolean mayRecordSteps) {
}
