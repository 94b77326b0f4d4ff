package uk.nhs.psirf.partners.api;

public record AreaView(String code, String display) {
}
