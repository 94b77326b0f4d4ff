package uk.nhs.psirf.responses;

import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;

import java.util.UUID;

/**
 * A learning response as other features name it: its id, reference (e.g. LR-2026-0001), status and type, and the
 * directory person leading it (null while none is named).
 */
public record ResponseBrief(UUID id, String reference, LearningResponseStatus status, ResponseType type,
                            UUID leadPersonId) {
}
