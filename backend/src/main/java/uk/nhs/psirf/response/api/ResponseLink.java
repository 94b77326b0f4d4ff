package uk.nhs.psirf.response.api;

import uk.nhs.psirf.plan.domain.ResponseType;
import uk.nhs.psirf.response.domain.LearningResponseStatus;

import java.util.UUID;

public record ResponseLink(UUID id, String reference, ResponseType type, LearningResponseStatus status) {
}
