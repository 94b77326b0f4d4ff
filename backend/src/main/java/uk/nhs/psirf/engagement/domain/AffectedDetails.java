package uk.nhs.psirf.engagement.domain;

import java.util.List;
import java.util.UUID;

/** What is recorded about a person affected, checked. */
public record AffectedDetails(AffectedKind kind, String name, UUID namedContactPersonId, String namedContactName,
                              String preferredContactMethod, String accessAndSupportNeeds,
                              List<Involvement> involvement) {
}
