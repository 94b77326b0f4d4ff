package uk.nhs.psirf.people.api;

import java.util.List;

/** Whether a person may play one part in a learning response, and what they still need when not. */
public record Qualification(String role, String roleDisplay, boolean qualified, List<MissingRequirement> missing) {
}
