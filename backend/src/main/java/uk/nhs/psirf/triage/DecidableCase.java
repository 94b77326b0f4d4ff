package uk.nhs.psirf.triage;

import java.util.List;
import java.util.UUID;

public record DecidableCase(UUID id, String reference, String title, boolean decided, List<DecidableEvent> events) {
}
