package uk.nhs.psirf.partners.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the register says about a partner: who supports them, from when to when, and where they are involved. */
public record Partnership(UUID personId, UUID supporterPersonId, LocalDate startedOn, LocalDate endedOn,
                          List<InvolvementArea> areas) {
}
