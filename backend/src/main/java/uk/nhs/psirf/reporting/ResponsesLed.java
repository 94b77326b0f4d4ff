package uk.nhs.psirf.reporting;

import java.util.Set;
import java.util.UUID;

/**
 * The learning responses the caller leads, as the incident rules need them (a lead sees the events of their
 * responses). Owned here and implemented by the responses feature, which sits above incident, so incident never
 * reads the responses' tables.
 */
public interface ResponsesLed {
    /** The events of the responses the caller leads; empty unless the caller is a learning response lead. */
    Set<UUID> eventsOfCallersResponses();
}
