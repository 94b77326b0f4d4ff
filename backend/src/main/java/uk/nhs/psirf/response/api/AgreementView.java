package uk.nhs.psirf.response.api;

public record AgreementView(String name, String relationship) {
}
