package uk.nhs.psirf.reference;

/** A directorate of the trust, as a form picks one (e.g. the directorate a QI coach works in). */
public record DirectorateView(Long id, String name) {
}
