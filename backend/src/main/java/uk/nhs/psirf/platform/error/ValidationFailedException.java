package uk.nhs.psirf.platform.error;

import java.util.List;

public class ValidationFailedException extends ApiException {
    public ValidationFailedException(List<FieldError> errors) {
        super(Problem.invalid(errors));
    }
}
