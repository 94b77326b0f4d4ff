package uk.nhs.psirf.oversight.api;

/** How many there are of one kind (a status, a type, a SEIPS component). */
public record CountView(String code, String display, long count) {
}
