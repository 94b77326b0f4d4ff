package uk.nhs.psirf.reporting.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import uk.nhs.psirf.reporting.domain.OccurredAtPolicy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;

/** The instant is not in the future ({@link OccurredAtPolicy}); null is allowed. */
@Documented
@Constraint(validatedBy = NotInFuture.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotInFuture {
    String message() default "The date and time must not be in the future";

    /** The {@code FieldError} code. */
    String code() default "in-the-future";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @jakarta.enterprise.context.ApplicationScoped
    class Validator implements ConstraintValidator<NotInFuture, Instant> {
        private final OccurredAtPolicy policy;

        @jakarta.inject.Inject
        public Validator(Clock clock) {
            this.policy = new OccurredAtPolicy(clock);
        }

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return policy.allows(value);
        }
    }
}
