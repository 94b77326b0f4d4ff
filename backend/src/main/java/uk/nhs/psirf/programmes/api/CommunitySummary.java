package uk.nhs.psirf.programmes.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunitySummary(UUID id, String name, String purpose, int memberCount, boolean youAreMember,
                               LocalDate lastMetOn) {
}
