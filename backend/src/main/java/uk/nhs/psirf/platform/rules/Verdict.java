package uk.nhs.psirf.platform.rules;

import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.Problem;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a rule says about an action: allowed, or refused with why. A refusal carries the problem code the caller
 * receives (e.g. {@code conflict}, {@code validation-failed}), the problem's detail and, when the refusal is about one
 * field of the request, that field with its stable error code and the user-facing message. The rule that refuses
 * writes the message beside itself; the service only calls {@link #orThrow()}, which raises exactly the
 * problem+json the service used to build by hand.
 */
public final class Verdict {
    private static final Verdict ALLOWED = new Verdict(null, null, List.of());

    private final ProblemCode code;
    private final String detail;
    private final List<FieldError> errors;

    private Verdict(ProblemCode code, String detail, List<FieldError> errors) {
        this.code = code;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public static Verdict allowed() {
        return ALLOWED;
    }

    /** Allowed when {@code allowed} holds, otherwise the refusal the supplier makes (made only when needed). */
    public static Verdict allowedIf(boolean allowed, Supplier<Verdict> refusal) {
        return allowed ? ALLOWED : Objects.requireNonNull(refusal.get(), "refusal");
    }

    /** A 400 {@code validation-failed} about one field; the problem's detail counts the fields ("1 field is invalid"). */
    public static Verdict invalid(String field, FieldErrorCode fieldCode, String reason) {
        return new Verdict(ProblemCode.VALIDATION_FAILED, null, List.of(new FieldError(field, fieldCode, reason)));
    }

    /** A refusal about the record as a whole, e.g. 409 "RSP-1 is already verified."; no field errors. */
    public static Verdict refused(ProblemCode code, String reason) {
        requireRefusal(code);
        return new Verdict(code, Objects.requireNonNull(reason, "reason"), List.of());
    }

    /** A refusal naming one field, whose message is also the problem's detail. */
    public static Verdict refused(ProblemCode code, String field, FieldErrorCode fieldCode, String reason) {
        return refused(code, reason, new FieldError(field, fieldCode, reason));
    }

    /** A refusal whose problem detail (about the record) differs from the message beside the field. */
    public static Verdict refused(ProblemCode code, String detail, FieldError error) {
        requireRefusal(code);
        return new Verdict(code, Objects.requireNonNull(detail, "detail"), List.of(error));
    }

    /** 409 {@code conflict} about the record as a whole. */
    public static Verdict conflict(String reason) {
        return refused(ProblemCode.CONFLICT, reason);
    }

    /** 409 {@code conflict} naming one field, whose message is also the problem's detail. */
    public static Verdict conflict(String field, FieldErrorCode fieldCode, String reason) {
        return refused(ProblemCode.CONFLICT, field, fieldCode, reason);
    }

    /**
     * All of the verdicts at once: allowed when each is. Field-level {@code validation-failed} refusals are gathered
     * into one refusal listing every field, as a form reports all its missing fields together; otherwise the first
     * refusal wins, as the first failing check of a service would.
     */
    public static Verdict all(List<Verdict> verdicts) {
        Verdict result = ALLOWED;
        for (Verdict verdict : verdicts) {
            result = result.and(verdict);
        }
        return result;
    }

    public static Verdict all(Verdict... verdicts) {
        return all(List.of(verdicts));
    }

    /** This verdict and then {@code other}; see {@link #all(List)}. */
    public Verdict and(Verdict other) {
        if (isAllowed()) {
            return other;
        }
        if (other.isAllowed()) {
            return this;
        }
        if (code == ProblemCode.VALIDATION_FAILED && other.code == ProblemCode.VALIDATION_FAILED) {
            List<FieldError> both = new ArrayList<>(errors);
            both.addAll(other.errors);
            return new Verdict(ProblemCode.VALIDATION_FAILED, null, both);
        }
        return this;
    }

    public boolean isAllowed() {
        return code == null;
    }

    public boolean isRefused() {
        return code != null;
    }

    /** The problem code of a refusal; {@code null} when allowed. */
    public ProblemCode code() {
        return code;
    }

    /** The field the refusal names first, or {@code null} when it is about the record as a whole (or allowed). */
    public String field() {
        return errors.isEmpty() ? null : errors.get(0).field();
    }

    /** The stable error code of {@link #field()} (e.g. {@link FieldErrorCode#OWN_DECISION}), or {@code null}. */
    public FieldErrorCode fieldCode() {
        return errors.isEmpty() ? null : errors.get(0).code();
    }

    /** Why, in the user's words: the first field's message, or the problem's detail; {@code null} when allowed. */
    public String reason() {
        return errors.isEmpty() ? detail : errors.get(0).message();
    }

    /** Every field the refusal names, in order. */
    public List<FieldError> errors() {
        return errors;
    }

    /** The problem+json body of a refusal. */
    public Problem problem() {
        if (isAllowed()) {
            throw new IllegalStateException("An allowed verdict has no problem");
        }
        if (code == ProblemCode.VALIDATION_FAILED && detail == null) {
            return Problem.invalid(errors);
        }
        return errors.isEmpty() ? Problem.of(code, detail) : Problem.of(code, detail, errors);
    }

    /** Does nothing when allowed; otherwise throws the refusal as the service's problem+json. */
    public void orThrow() {
        if (isRefused()) {
            throw code == ProblemCode.VALIDATION_FAILED && detail == null
                    ? new ValidationFailedException(errors)
                    : new ApiException(problem());
        }
    }

    /**
     * Does nothing when allowed; otherwise refuses the caller for this record: a 403 that says no more than a role
     * refusal would and is audited as {@code denied} ({@link AccessDeniedException}). The reason stays server-side.
     */
    public void orDeny(String entityType, String entityId) {
        if (isRefused()) {
            throw new AccessDeniedException(entityType, entityId);
        }
    }

    private static void requireRefusal(ProblemCode code) {
        if (code == null || code.status() < 400) {
            throw new IllegalArgumentException("A refusal needs a problem code");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Verdict that && code == that.code && Objects.equals(detail, that.detail)
                && errors.equals(that.errors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, detail, errors);
    }

    @Override
    public String toString() {
        FieldErrorCode fieldCode = fieldCode();
        return isAllowed() ? "allowed" : "refused(" + code.value() + ", " + field() + ", "
                + (fieldCode == null ? null : fieldCode.value()) + ", " + reason() + ")";
    }
}
