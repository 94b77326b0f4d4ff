package uk.nhs.psirf.responses.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtensionView(LocalDate previousTargetOn, LocalDate newTargetOn, String reason,
                            List<AgreementView> agreedBy, String recordedBy, Instant recordedAt) {
}
