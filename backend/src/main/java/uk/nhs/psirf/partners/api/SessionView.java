package uk.nhs.psirf.partners.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(String id, LocalDate heldOn, PartnerPersonView with, String notes, LocalDate nextSessionOn,
                          String recordedBy, Instant recordedAt) {
}
