package uk.nhs.psirf.decisions.service;

import uk.nhs.psirf.platform.error.FieldError;

/** The stable field error codes of decisions (openapi.yaml, recordDecision and approveDecision). */
public final class DecisionCodes {
    public static final String UNKNOWN_EVENT = "unknown-event";
    public static final String UNKNOWN_CASE = "unknown-case";
    public static final String EVENT_CLOSED = "event-closed";
    public static final String ALREADY_DECIDED = "already-decided";
    public static final String DECISION_PENDING = "decision-pending";
    public static final String IN_CASE = "in-case";
    public static final String EMPTY_CASE = "empty-case";
    public static final String EVENT_OR_CASE = "event-or-case";
    public static final String ONE_CHAIR_REQUIRED = "one-chair-required";
    public static final String UNKNOWN_DOCUMENT = "unknown-document";
    public static final String DUPLICATE = FieldError.DUPLICATE;
    public static final String NOT_A_REFERRAL = "not-a-referral";
    public static final String DEPARTURE_RATIONALE_REQUIRED = "departure-rationale-required";
    public static final String OWN_DECISION = "own-decision";
    public static final String PSII_MINIMUM = "psii-minimum";

    private DecisionCodes() {
    }
}
