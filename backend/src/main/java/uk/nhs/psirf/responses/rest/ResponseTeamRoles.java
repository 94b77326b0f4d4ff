package uk.nhs.psirf.responses.rest;

import uk.nhs.psirf.people.domain.TrainingRole;

import java.util.Optional;

/** The {@code role} query codes of the candidates list: a team member needs no particular training. */
final class ResponseTeamRoles {
    private ResponseTeamRoles() {
    }

    static Optional<Optional<TrainingRole>> fromCode(String code) {
        return switch (code) {
            case "lead" -> Optional.of(Optional.of(TrainingRole.LEAD));
            case "engagement-lead" -> Optional.of(Optional.of(TrainingRole.ENGAGEMENT_LEAD));
            case "team" -> Optional.of(Optional.empty());
            default -> Optional.empty();
        };
    }
}
