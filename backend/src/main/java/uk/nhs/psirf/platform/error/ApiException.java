package uk.nhs.psirf.platform.error;

/** A failure the caller can act on; mapped to problem+json without a stack trace. */
public class ApiException extends RuntimeException {
    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.code() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException notFound(String what) {
        return new ApiException(Problem.of(ProblemCode.NOT_FOUND, what + " was not found"));
    }

    public static ApiException staleVersion() {
        return new ApiException(Problem.of(ProblemCode.STALE_VERSION,
                "Someone else changed this since you read it. Reload it and try again."));
    }
}
