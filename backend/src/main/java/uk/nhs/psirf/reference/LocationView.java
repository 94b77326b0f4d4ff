package uk.nhs.psirf.reference;

public record LocationView(String code, String name, String service, String directorate) {
}
