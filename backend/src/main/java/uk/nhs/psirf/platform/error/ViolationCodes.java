package uk.nhs.psirf.platform.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;

/** The stable {@link FieldError} code for a bean-validation constraint. */
final class ViolationCodes {
    private static final Map<Class<? extends Annotation>, FieldErrorCode> CODES = Map.of(
            NotNull.class, FieldErrorCode.REQUIRED,
            NotBlank.class, FieldErrorCode.REQUIRED,
            NotEmpty.class, FieldErrorCode.REQUIRED,
            Min.class, FieldErrorCode.OUT_OF_RANGE,
            Max.class, FieldErrorCode.OUT_OF_RANGE,
            DecimalMin.class, FieldErrorCode.OUT_OF_RANGE,
            DecimalMax.class, FieldErrorCode.OUT_OF_RANGE,
            Pattern.class, FieldErrorCode.INVALID_FORMAT);

    private ViolationCodes() {
    }

    static FieldErrorCode of(ConstraintViolation<?> violation) {
        Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
        if (annotation instanceof Size) {
            return violation.getInvalidValue() instanceof Collection<?> ? FieldErrorCode.TOO_MANY : FieldErrorCode.TOO_LONG;
        }
        Object declared = violation.getConstraintDescriptor().getAttributes().get("code");
        if (declared instanceof String code && !code.isBlank()) {
            return FieldErrorCode.of(code);
        }
        return CODES.getOrDefault(annotation.annotationType(), FieldErrorCode.INVALID_VALUE);
    }
}
