package uk.nhs.psirf.coachrecruitment.api;

import java.util.UUID;

public record PersonRef(UUID personId, String name) {
}
