package uk.nhs.psirf.engagement.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonAffectedView(String id, long version, String kind, String name, NamedContactView namedContact,
                                 String preferredContactMethod, String accessAndSupportNeeds,
                                 List<String> involvement, LocalDate nextContactOn, boolean contactOverdue,
                                 List<ContactView> contacts) {
}
