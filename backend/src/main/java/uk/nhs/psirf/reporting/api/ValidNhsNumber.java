package uk.nhs.psirf.reporting.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import uk.nhs.psirf.reporting.domain.NhsNumberPolicy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Ten digits (spaces allowed) passing the Modulus 11 check of {@link NhsNumberPolicy}; null is allowed. */
@Documented
@Constraint(validatedBy = ValidNhsNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNhsNumber {
    String message() default "Enter a valid 10 digit NHS number";

    /** The {@code FieldError} code. */
    String code() default "invalid-nhs-number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidNhsNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (value.matches("^[0-9]{3} ?[0-9]{3} ?[0-9]{4}$") && NhsNumberPolicy.isValid(value));
        }
    }
}
