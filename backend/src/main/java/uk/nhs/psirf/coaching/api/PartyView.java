package uk.nhs.psirf.coaching.api;

import java.util.UUID;

/** A coach (by register id) or a coachee (by directory person id), with their name. */
public record PartyView(UUID id, String name) {
}
