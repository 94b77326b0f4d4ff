package uk.nhs.psirf.coachrecruitment.api;

public record DirectorateRef(Long id, String name) {
}
