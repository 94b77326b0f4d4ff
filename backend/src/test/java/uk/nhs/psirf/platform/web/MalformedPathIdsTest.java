package uk.nhs.psirf.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.Users;

import static org.hamcrest.Matchers.equalTo;

/**
 * Each feature's malformed path ids are still answered with the 404 detail its own parser gave before the ids were
 * read by {@link UuidPathParameters}: the first malformed id in the path names what is not found.
 */
@QuarkusTest
class MalformedPathIdsTest {
    private static final String SOME_GROUP = "/api/v1/oversight-groups/6f1c2a1e-0000-4000-8000-000000000001";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/being-fair/x                                 | The Being Fair record",
            "/api/v1/safety-actions/x                             | The safety action",
            "/api/v1/patient-safety-partners/x                    | The patient safety partner",
            "/api/v1/people/x                                     | The person",
            "/api/v1/people/x/training                            | The person",
            "/api/v1/response-plan/versions/x                     | The plan version",
            "/api/v1/improvement-plans/x                          | The improvement plan",
            "/api/v1/responses/x/staff-support                    | The learning response",
            "/api/v1/oversight-groups/x                           | The oversight group",
            "/api/v1/oversight-groups/x/responses/y               | The oversight group",
            SOME_GROUP + "/responses/y                            | The learning response",
            SOME_GROUP + "/improvement-plans/y                    | The improvement plan",
    })
    void aMalformedIdIsNotFoundNamingWhatItWouldHaveIdentified(String path, String what) {
        Api.invalidRequestAs(Users.specialist()).get(path).then()
                .statusCode(404)
                .body("code", equalTo("not-found"))
                .body("detail", equalTo(what + " was not found"));
    }
}
