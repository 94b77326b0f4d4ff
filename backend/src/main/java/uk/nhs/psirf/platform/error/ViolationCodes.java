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
    private static final Map<Class<? extends Annotation>, String> CODES = Map.of(
            NotNull.class, FieldError.REQUIRED,
            NotBlank.class, FieldError.REQUIRED,
            NotEmpty.class, FieldError.REQUIRED,
            Min.class, FieldError.OUT_OF_RANGE,
            Max.class, FieldError.OUT_OF_RANGE,
            DecimalMin.class, FieldError.OUT_OF_RANGE,
            DecimalMax.class, FieldError.OUT_OF_RANGE,
            Pattern.class, FieldError.INVALID_FORMAT);

    private ViolationCodes() {
    }

    static String of(ConstraintViolation<?> violation) {
        Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
        if (annotation instanceof Size) {
            return violation.getInvalidValue() instanceof Collection<?> ? FieldError.TOO_MANY : FieldError.TOO_LONG;
        }
        Object declared = violation.getConstraintDescriptor().getAttributes().get("code");
        if (declared instanceof String code && !code.isBlank()) {
            return code;
        }
        return CODES.getOrDefault(annotation.annotationType(), FieldError.INVALID_VALUE);
    }
}
