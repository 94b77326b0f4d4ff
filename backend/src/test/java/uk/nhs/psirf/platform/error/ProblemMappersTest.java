package uk.nhs.psirf.platform.error;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** "Nothing internal leaks": an unexpected failure is a generic problem without class names or messages. */
class ProblemMappersTest {

    @Test
    void anUnexpectedFailureIsAGenericInternalError() {
        Response response = new ProblemMappers(null).unexpected(
                new IllegalStateException("password=hunter2 at org.example.Secret"));
        Problem problem = (Problem) response.getEntity();
        assertEquals(500, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        assertEquals("internal-error", problem.code());
        assertFalse(problem.toString().contains("hunter2"));
        assertFalse(problem.toString().contains("IllegalStateException"));
    }

    @Test
    void aStaleVersionDeepInsideAFailureIsAConflict() {
        Response response = new ProblemMappers(null).unexpected(
                new RuntimeException(new jakarta.persistence.OptimisticLockException("row was updated")));
        assertEquals(409, response.getStatus());
        assertEquals("stale-version", ((Problem) response.getEntity()).code());
    }
}
