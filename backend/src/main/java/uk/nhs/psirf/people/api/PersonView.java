package uk.nhs.psirf.people.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonView(UUID id, long version, String name, String email, String jobRole, boolean active,
                         TrainingSummary training, List<Qualification> qualifications) {
}
