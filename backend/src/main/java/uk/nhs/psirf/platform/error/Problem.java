package uk.nhs.psirf.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** RFC 9457 problem details, exactly the {@code Problem} schema of openapi.yaml. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://psirf.example.nhs.uk/problems/";

    public static Problem of(ProblemCode code, String detail) {
        return new Problem(TYPE_BASE + code.value(), code.title(), code.status(), detail, null, code.value(), null);
    }

    /** A problem about one field of the request, e.g. a 409 whose {@code errors} say which record is closed. */
    public static Problem of(ProblemCode code, String detail, FieldError error) {
        return new Problem(TYPE_BASE + code.value(), code.title(), code.status(), detail, null, code.value(),
                List.of(error));
    }

    /** A problem about several fields at once, e.g. a 409 naming each field an agreed record must keep. */
    public static Problem of(ProblemCode code, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + code.value(), code.title(), code.status(), detail, null, code.value(),
                List.copyOf(errors));
    }

    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        ProblemCode code = ProblemCode.VALIDATION_FAILED;
        return new Problem(TYPE_BASE + code.value(), code.title(), code.status(), detail, null, code.value(), List.copyOf(errors));
    }
}
