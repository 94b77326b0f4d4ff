package uk.nhs.psirf.responses.api;

import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;

import java.util.UUID;

public record ResponseLink(UUID id, String reference, ResponseType type, LearningResponseStatus status) {
}
