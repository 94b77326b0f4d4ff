package uk.nhs.psirf.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.Users;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A malformed id in the path cannot name anything, so it is answered as an id that names nothing: 404
 * {@code not-found}, "The decision was not found" — after the role check, as when each resource parsed its own ids.
 */
@QuarkusTest
class UuidPathParametersTest {
    private static final String DECISIONS = "/api/v1/decisions/";

    @Test
    void aMalformedIdIsNotFoundNamingWhatItWouldHaveIdentified() {
        Api.invalidRequestAs(Users.specialist()).get(DECISIONS + "not-a-uuid").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not-found"))
                .body("detail", equalTo("The decision was not found"))
                .body("errors", nullValue());
    }

    @Test
    void aMalformedIdInAWriteIsNotFoundToo() {
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(DECISIONS + "not-a-uuid/chair-approval").then()
                .statusCode(404)
                .body("code", equalTo("not-found"))
                .body("detail", equalTo("The decision was not found"));
    }

    @Test
    void theRoleCheckComesFirst() {
        Api.invalidRequestAs(Users.partner()).get(DECISIONS + "not-a-uuid").then()
                .statusCode(403)
                .body("code", equalTo("forbidden"));
    }
}
