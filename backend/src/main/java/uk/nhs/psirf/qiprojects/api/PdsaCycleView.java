package uk.nhs.psirf.qiprojects.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/** A PDSA cycle. */
public record PdsaCycleView(String id, String title, String plan, @JsonProperty("do") String doText, String study, String act, String learnt, LocalDate startedOn, LocalDate endedOn, String measureId, LocalDate pinnedOn, String recordedBy, Instant recordedAt) {
}
