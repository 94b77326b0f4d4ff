package uk.nhs.psirf.safetyactions;

import java.util.UUID;

/** A safety action as another feature may show it to anyone: its reference (e.g. SA-2026-0004) and status code. */
public record SafetyActionBrief(UUID id, String reference, String status) {
}
