package uk.nhs.psirf.responses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.UUID;

/** Someone working on a response besides its lead, with the part they play (e.g. "clinical reviewer"). */
@Embeddable
public record TeamMember(@Column(name = "person_id", nullable = false) UUID personId,
                         @Column(name = "team_role", length = 200) String teamRole,
                         @Column(name = "added_at", nullable = false) Instant addedAt) {
}
