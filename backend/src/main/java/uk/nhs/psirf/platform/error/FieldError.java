package uk.nhs.psirf.platform.error;

/** One offending field: {@code field} is its JSON path, e.g. {@code patient.nhsNumber} or {@code staffInvolved[0].role}. */
public record FieldError(String field, FieldErrorCode code, String message) {
}
