package uk.nhs.psirf.responses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/**
 * One of the people affected recorded on the response who agreed to an extension, with their name and relationship
 * as they were then (e.g. "Jo Bloggs", "Family member"). Agreements recorded before they were chosen from the people
 * affected were typed in: they have no {@code personAffectedId}.
 */
@Embeddable
public record Agreement(@Column(name = "person_affected_id") UUID personAffectedId,
                        @Column(name = "name", nullable = false, length = 200) String name,
                        @Column(name = "relationship", nullable = false, length = 200) String relationship) {
}
