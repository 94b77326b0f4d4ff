package uk.nhs.psirf.responses.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

/** An active person who could be given a part in a response, and what training they lack for it (if any). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Candidate(UUID personId, String name, String jobRole, boolean qualified, List<String> gaps) {
}
