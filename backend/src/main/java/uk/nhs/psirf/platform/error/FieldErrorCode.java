package uk.nhs.psirf.platform.error;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/**
 * Every stable code a {@link FieldError} can carry: the contract's {@code FieldErrorCode} schema, which says what
 * each one means (FieldErrorCodeContractTest keeps the two the same). Clients compare these codes, so never rename one.
 */
public enum FieldErrorCode {
    REQUIRED("required"),
    TOO_LONG("too-long"),
    TOO_MANY("too-many"),
    OUT_OF_RANGE("out-of-range"),
    INVALID_FORMAT("invalid-format"),
    INVALID_VALUE("invalid-value"),
    UNKNOWN_CODE("unknown-code"),
    UNKNOWN_FIELD("unknown-field"),
    INVALID_NHS_NUMBER("invalid-nhs-number"),
    IN_THE_FUTURE("in-the-future"),
    IN_THE_PAST("in-the-past"),
    DUPLICATE("duplicate"),
    UNKNOWN_PERSON("unknown-person"),
    TRAINING_MISSING("training-missing"),
    ALREADY_USED("already-used"),
    UNKNOWN_EVENT("unknown-event"),
    UNKNOWN_CASE("unknown-case"),
    UNKNOWN_REFERENCE("unknown-reference"),
    UNKNOWN_RESPONSE("unknown-response"),
    UNKNOWN_PLAN("unknown-plan"),
    UNKNOWN_LOCATION("unknown-location"),
    UNKNOWN_DOCUMENT("unknown-document"),
    UNKNOWN_ENTRY("unknown-entry"),
    UNKNOWN_PERSON_AFFECTED("unknown-person-affected"),
    EVENT_CLOSED("event-closed"),
    ALREADY_IN_CASE("already-in-case"),
    CASE_DECIDED("case-decided"),
    IN_CASE("in-case"),
    SAME_EVENT("same-event"),
    DUPLICATE_OF_DUPLICATE("duplicate-of-duplicate"),
    TEXT_OR_FILE("text-or-file"),
    TOO_LARGE("too-large"),
    INVALID_BASE64("invalid-base64"),
    ALREADY_DECIDED("already-decided"),
    DECISION_PENDING("decision-pending"),
    EMPTY_CASE("empty-case"),
    EVENT_OR_CASE("event-or-case"),
    ONE_CHAIR_REQUIRED("one-chair-required"),
    NOT_A_REFERRAL("not-a-referral"),
    DEPARTURE_RATIONALE_REQUIRED("departure-rationale-required"),
    OWN_DECISION("own-decision"),
    PSII_MINIMUM("psii-minimum"),
    NOT_PSII("not-psii"),
    PSII_NOT_VERIFIED("psii-not-verified"),
    BEFORE_EVENT("before-event"),
    DUPLICATE_MEMBER("duplicate-member"),
    NOT_STARTED("not-started"),
    BEFORE_START("before-start"),
    AFTER_DEFAULT("after-default"),
    NOT_LATER("not-later"),
    BEYOND_SIX_MONTHS("beyond-six-months"),
    AGREEMENT_MISSING("agreement-missing"),
    OVERLAPS_PAUSE("overlaps-pause"),
    BEFORE_PAUSE("before-pause"),
    OPEN_STEP("open-step"),
    REASON_OR_SHARING("reason-or-sharing"),
    RESPONSE_CLOSED("response-closed"),
    DECLINED_WITH_INVOLVEMENT("declined-with-involvement"),
    NOT_IN_CHECKLIST("not-in-checklist"),
    BEFORE_CONTACT("before-contact"),
    PLAN_CLOSED("plan-closed"),
    NOT_ALLOWED("not-allowed"),
    BEFORE_REVIEW("before-review"),
    ALREADY_REGISTERED("already-registered"),
    SUPPORTER_IS_PARTNER("supporter-is-partner"),
    END_BEFORE_START("end-before-start"),
    BEFORE_SESSION("before-session"),
    DUPLICATE_NAME("duplicate-name"),
    IN_ANOTHER_GROUP("in-another-group"),
    JOINT_USER_ROLE("joint-user-role"),
    JOINT_USE_REQUIRED("joint-use-required"),
    CONSIDERATIONS_REQUIRED("considerations-required"),
    OUT_OF_ORDER("out-of-order"),
    TOOL_ENDED("tool-ended"),
    OVERLAPS_APPROVED_PLAN("overlaps-approved-plan"),
    FULL_ASSESSMENT_REQUIRED("full-assessment-required"),
    OWN_DRAFT("own-draft"),
    OUTSIDE_PERIOD("outside-period"),
    DATE_AND_REASON("date-and-reason"),
    BEFORE_VERBAL("before-verbal"),
    CONTRADICTS_HARM("contradicts-harm"),
    INVALID_DATE("invalid-date"),
    DUPLICATE_DATE("duplicate-date"),
    NO_HOLIDAYS("no-holidays"),
    STEP_WAITING("step-waiting"),
    ALREADY_SIGNED("already-signed"),
    CANDIDATE_WITHDRAWN("candidate-withdrawn"),
    PATHWAY_COMPLETE("pathway-complete"),
    ADVISOR_IS_COACH("advisor-is-coach"),
    NOT_A_COACH("not-a-coach"),
    NOT_AGREED("not-agreed"),
    ALREADY_ACCEPTED("already-accepted"),
    CONTRACT_ENDED("contract-ended"),
    FINISH_BEFORE_START("finish-before-start"),
    HOURS_ON_CANCELLED("hours-on-cancelled"),
    REVIEW_NOT_DUE("review-not-due"),
    NOT_ON_COURSE("not-on-course"),
    TOO_FEW_HOURS("too-few-hours"),
    COURSE_INCOMPLETE("course-incomplete");

    private final String value;

    FieldErrorCode(String value) {
        this.value = value;
    }

    /** The code as it appears in JSON, e.g. {@code invalid-nhs-number}. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The code with this JSON value, e.g. the {@code code} attribute of a constraint annotation. */
    public static FieldErrorCode of(String value) {
        return Arrays.stream(values()).filter(code -> code.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a field error code: " + value));
    }

    @Override
    public String toString() {
        return value;
    }
}
