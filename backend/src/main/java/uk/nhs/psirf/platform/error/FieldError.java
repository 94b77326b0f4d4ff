package uk.nhs.psirf.platform.error;

/** One offending field: {@code field} is its JSON path, e.g. {@code patient.nhsNumber} or {@code staffInvolved[0].role}. */
public record FieldError(String field, String code, String message) {
    public static final String REQUIRED = "required";
    public static final String TOO_LONG = "too-long";
    public static final String TOO_MANY = "too-many";
    public static final String OUT_OF_RANGE = "out-of-range";
    public static final String INVALID_FORMAT = "invalid-format";
    public static final String INVALID_VALUE = "invalid-value";
    public static final String UNKNOWN_CODE = "unknown-code";
    public static final String UNKNOWN_FIELD = "unknown-field";
    public static final String INVALID_NHS_NUMBER = "invalid-nhs-number";
    public static final String IN_THE_FUTURE = "in-the-future";
    public static final String DUPLICATE = "duplicate";
}
