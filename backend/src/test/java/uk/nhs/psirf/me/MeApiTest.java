package uk.nhs.psirf.me;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Tokens;
import uk.nhs.psirf.support.Users;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class MeApiTest {
    @Inject
    AuditTrail auditTrail;

    @Test
    void theCallerSeesTheirIdentityAndRealmRoles() {
        TestUser pat = Users.specialist();
        Api.as(pat).get("/api/v1/me").then()
                .statusCode(200)
                .body("sub", equalTo(pat.sub()))
                .body("name", equalTo("Pat Specialist"))
                .body("email", equalTo("pat.specialist@example.nhs.uk"))
                .body("roles", containsInAnyOrder("patient-safety-specialist", "staff"));
    }

    @Test
    void keycloakDefaultRolesAreNotPlatformRoles() {
        TestUser sam = Tokens.user("Sam Staff", "staff", "offline_access", "default-roles-psirf");
        Api.as(sam).get("/api/v1/me").then().statusCode(200).body("roles", contains("staff"));
    }

    @Test
    void aTokenWithoutPlatformRolesIsForbiddenAndAudited() {
        TestUser nobody = Users.withoutPlatformRoles();
        Api.invalidRequestAs(nobody).get("/api/v1/me").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(nobody.sub(), "denied", "GET /api/v1/me"));
    }

    @Test
    void aMissingTokenIsUnauthenticated() {
        Api.withAuthorization(null).get("/api/v1/me").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("unauthenticated"))
                .body("status", equalTo(401));
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        Api.withAuthorization("Bearer " + Tokens.expiredToken(Users.staff())).get("/api/v1/me").then()
                .statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthenticated"));
    }

    @Test
    void aTamperedTokenIsUnauthenticated() {
        Api.withAuthorization("Bearer " + Tokens.tamperedToken(Users.staff())).get("/api/v1/me").then()
                .statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthenticated"));
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthenticated() {
        Api.withAuthorization("Bearer " + Tokens.tokenForAudience(Users.staff(), "another-api")).get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthenticated"));
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthenticated() {
        Api.withAuthorization("Bearer " + Tokens.tokenFromIssuer(Users.staff(), "https://evil.example.com"))
                .get("/api/v1/me").then().statusCode(401).body("code", equalTo("unauthenticated"));
    }

    @Test
    void garbageInsteadOfATokenIsUnauthenticatedWithoutLeakingDetails() {
        Api.withAuthorization("Bearer not-a-jwt").get("/api/v1/me").then()
                .statusCode(401)
                .body("code", equalTo("unauthenticated"))
                .body(not(containsString("Exception")));
    }
}
