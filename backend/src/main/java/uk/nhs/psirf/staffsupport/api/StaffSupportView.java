package uk.nhs.psirf.staffsupport.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffSupportView(String id, long version, String staffName, String staffRole,
                               SupporterView lineManager, SupporterView reviewer, String signposting,
                               boolean hrContacted, List<SupportStepView> steps, Instant updatedAt) {
}
