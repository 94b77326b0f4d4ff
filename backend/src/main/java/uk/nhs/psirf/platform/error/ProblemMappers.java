package uk.nhs.psirf.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.smallrye.mutiny.Uni;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Every failure leaves the service as one problem+json shape with a stable code; nothing internal leaks. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final RefusalAuditor refusals;

    public ProblemMappers(RefusalAuditor refusals) {
        this.refusals = refusals;
    }

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
        if (violations.stream().anyMatch(v -> v.getExecutableReturnValue() != null
                && v.getPropertyPath().toString().contains("<return value>"))) {
            return internalError(e);
        }
        List<FieldError> errors = violations.stream()
                .map(v -> new FieldError(FieldPaths.of(v), ViolationCodes.of(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
                .toList();
        return respond(Problem.invalid(errors));
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e) {
        return respond(Problem.invalid(List.of(new FieldError(FieldPaths.of(e), FieldError.UNKNOWN_FIELD,
                "This field is not expected here"))));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return respond(Problem.invalid(List.of(new FieldError(FieldPaths.of(e), FieldError.INVALID_VALUE,
                "This value is not valid here"))));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        if (e.getPath().isEmpty()) {
            return respond(Problem.of(ProblemCode.MALFORMED_BODY, "The request body is not the expected JSON object"));
        }
        return respond(Problem.invalid(List.of(new FieldError(FieldPaths.of(e), FieldError.INVALID_VALUE,
                "This value has the wrong type"))));
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return respond(Problem.of(ProblemCode.MALFORMED_BODY, "The request body is not the expected JSON object"));
        }
        return respond(Problem.invalid(List.of(new FieldError(FieldPaths.of(e), FieldError.INVALID_VALUE,
                "This value is not valid here"))));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return respond(Problem.of(ProblemCode.MALFORMED_BODY, "The request body is not valid JSON"));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> unauthenticated(RuntimeException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        return refusals.unauthenticated(request.getMethod(), uri.getPath(), unauthenticatedWithoutAudit());
    }

    /** Only the role check ({@code @RolesAllowed}) raises it: the caller holds none of the operation's roles. */
    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        return refusals.denied(request.getMethod(), uri.getPath(), null, null, Refusal.ROLE,
                respond(Problem.of(ProblemCode.FORBIDDEN, Refusal.ROLE.detail())));
    }

    @ServerExceptionMapper
    public Uni<Response> accessDenied(AccessDeniedException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        return refusals.denied(request.getMethod(), uri.getPath(), e.entityType(), e.entityId(), Refusal.RECORD,
                respond(Problem.of(ProblemCode.FORBIDDEN, Refusal.RECORD.detail())));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException e) {
        return respond(ApiException.staleVersion().problem());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof ApiException api) {
            // e.g. a malformed id refused by its path parameter's converter (UuidPathParameters)
            return api(api);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e instanceof NotFoundException || status == 404) {
            return respond(Problem.of(ProblemCode.NOT_FOUND, "There is nothing at this address"));
        }
        if (e instanceof NotAllowedException || status == 405) {
            return respond(Problem.of(ProblemCode.METHOD_NOT_ALLOWED, "This method is not allowed here"));
        }
        if (e instanceof NotAcceptableException || status == 406) {
            return respond(Problem.of(ProblemCode.NOT_ACCEPTABLE, "This resource cannot be given in that format"));
        }
        if (e instanceof NotSupportedException || status == 415) {
            return respond(Problem.of(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "Send the request body as application/json"));
        }
        if (status == 401) {
            return unauthenticatedWithoutAudit();
        }
        if (status == 400) {
            Throwable cause = e.getCause();
            if (cause instanceof JsonProcessingException json) {
                return json instanceof JsonMappingException mapping ? jsonMapping(mapping) : malformedJson(json);
            }
            return respond(Problem.of(ProblemCode.MALFORMED_BODY, "The request could not be read"));
        }
        if (status < 500) {
            Problem problem = Problem.of(ProblemCode.MALFORMED_BODY, "The request could not be completed");
            return respond(new Problem(problem.type(), problem.title(), status, problem.detail(), null,
                    problem.code(), null));
        }
        return internalError(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return staleVersion((RuntimeException) cause);
            }
            if (cause instanceof ApiException api) {
                return api(api);
            }
        }
        return internalError(e);
    }

    private Response unauthenticatedWithoutAudit() {
        return Response.fromResponse(respond(Problem.of(ProblemCode.UNAUTHENTICATED, "A valid access token is required")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response internalError(Throwable e) {
        LOG.error("Unexpected failure", e);
        return respond(Problem.of(ProblemCode.INTERNAL_ERROR, "Try again later"));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
