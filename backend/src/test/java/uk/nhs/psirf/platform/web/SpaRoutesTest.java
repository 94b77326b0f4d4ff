package uk.nhs.psirf.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.TestSpaFolder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The backend serves the built SPA on the same origin as the API (PSIRF_SPA_DIR). */
@QuarkusTest
class SpaRoutesTest {

    @Test
    void theRootServesTheAppShell() {
        RestAssured.get("/").then().statusCode(200).body(containsString(TestSpaFolder.INDEX_MARKER));
    }

    @Test
    void staticAssetsAreServed() {
        RestAssured.get("/assets/app.js").then().statusCode(200).body(containsString("psirf"));
    }

    @Test
    void clientSideRoutesFallBackToTheAppShell() {
        RestAssured.get("/triage/3f1c2a9e-6b1d-4a2e-9a51-2f0e1c7d8b90").then()
                .statusCode(200).contentType(startsWith("text/html")).body(containsString(TestSpaFolder.INDEX_MARKER));
    }

    @Test
    void theSpaLearnsItsOidcSettingsFromConfigJson() {
        RestAssured.get("/config.json").then().statusCode(200)
                .body("clientId", equalTo("psirf-spa"))
                .body("authority", startsWith("http"));
    }

    @Test
    void apiPathsAreNeverAnsweredWithTheAppShell() {
        RestAssured.get("/api/v1/unknown").then().statusCode(404).contentType("application/problem+json");
        RestAssured.get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void responsesCarrySecurityHeaders() {
        RestAssured.get("/").then()
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }
}
