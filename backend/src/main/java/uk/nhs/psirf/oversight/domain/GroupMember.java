package uk.nhs.psirf.oversight.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.UUID;

/** A member of an oversight group from the people directory, with their part in it (e.g. chair). */
@Embeddable
public record GroupMember(@Column(name = "person_id", nullable = false) UUID personId,
                          @Column(name = "group_role", length = 200) String groupRole,
                          @Column(name = "added_at", nullable = false) Instant addedAt) {
}
