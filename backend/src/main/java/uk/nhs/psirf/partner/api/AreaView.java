package uk.nhs.psirf.partner.api;

public record AreaView(String code, String display) {
}
