package uk.nhs.psirf.candour.api;

import java.util.UUID;

public record CandourResponseLink(UUID id, String reference) {
}
