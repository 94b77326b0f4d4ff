package uk.nhs.psirf.reporting;

import java.util.UUID;

/** An event named by its reference, with the physical harm reported (1 most severe, LFPSE grades). */
public record EventHarm(UUID id, String reference, int physicalHarm) {
}
