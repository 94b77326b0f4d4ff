package uk.nhs.psirf.engagement.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The member of staff who is the point of contact: a person of the directory (with {@code personId}) or a name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NamedContactView(String personId, String name) {
}
