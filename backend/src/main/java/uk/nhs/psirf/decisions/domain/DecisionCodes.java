package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

/** The stable field error codes of decisions (openapi.yaml, recordDecision and approveDecision). */
public final class DecisionCodes {
    public static final FieldErrorCode UNKNOWN_EVENT = FieldErrorCode.UNKNOWN_EVENT;
    public static final FieldErrorCode UNKNOWN_CASE = FieldErrorCode.UNKNOWN_CASE;
    public static final FieldErrorCode EVENT_CLOSED = FieldErrorCode.EVENT_CLOSED;
    public static final FieldErrorCode ALREADY_DECIDED = FieldErrorCode.ALREADY_DECIDED;
    public static final FieldErrorCode DECISION_PENDING = FieldErrorCode.DECISION_PENDING;
    public static final FieldErrorCode IN_CASE = FieldErrorCode.IN_CASE;
    public static final FieldErrorCode EMPTY_CASE = FieldErrorCode.EMPTY_CASE;
    public static final FieldErrorCode EVENT_OR_CASE = FieldErrorCode.EVENT_OR_CASE;
    public static final FieldErrorCode ONE_CHAIR_REQUIRED = FieldErrorCode.ONE_CHAIR_REQUIRED;
    public static final FieldErrorCode UNKNOWN_DOCUMENT = FieldErrorCode.UNKNOWN_DOCUMENT;
    public static final FieldErrorCode DUPLICATE = FieldErrorCode.DUPLICATE;
    public static final FieldErrorCode NOT_A_REFERRAL = FieldErrorCode.NOT_A_REFERRAL;
    public static final FieldErrorCode DEPARTURE_RATIONALE_REQUIRED = FieldErrorCode.DEPARTURE_RATIONALE_REQUIRED;
    public static final FieldErrorCode OWN_DECISION = FieldErrorCode.OWN_DECISION;
    public static final FieldErrorCode PSII_MINIMUM = FieldErrorCode.PSII_MINIMUM;

    private DecisionCodes() {
    }
}
