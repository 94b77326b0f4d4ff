package uk.nhs.psirf.people.api;

public record MissingRequirement(String code, String message) {
}
