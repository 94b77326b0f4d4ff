package uk.nhs.psirf.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Responses carrying identifiable data are never stored by a browser or a proxy ({@code Cache-Control: no-store},
 * once), and no response sends a header twice: API answers, downloads, errors, the SPA and its configuration.
 */
@QuarkusTest
class ResponseHeadersTest {

    @Test
    void anApiAnswerWithIdentifiableDataSaysNoStoreExactlyOnceAndSendsNoHeaderTwice() {
        String eventId = Reports.file(Users.staff());
        Response event = Api.as(Users.specialist()).get("/api/v1/events/" + eventId).then().statusCode(200)
                .body("patient.name", containsString(Reports.PATIENT_NAME)).extract().response();
        assertNoStoreOnceAndNoHeaderTwice("GET event", event);
        assertNoStoreOnceAndNoHeaderTwice("GET my reports",
                Api.as(Users.staff()).get("/api/v1/events/mine").then().statusCode(200).extract().response());
        assertNoStoreOnceAndNoHeaderTwice("GET me",
                Api.as(Users.specialist()).get("/api/v1/me").then().statusCode(200).extract().response());
        assertNoStoreOnceAndNoHeaderTwice("GET triage queue",
                Api.as(Users.chiefNurse()).get("/api/v1/events").then().statusCode(200).extract().response());
    }

    @Test
    void aDownloadedDocumentSaysNoStoreExactlyOnceAndSendsNoHeaderTwice() {
        String eventId = Reports.file(Users.staff());
        TestUser pat = Users.specialist();
        String documentId = Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("kind", "first-hand-account", "title", "Account of the ward nurse",
                        "text", "Jane Example was seen at 14:10."))
                .post("/api/v1/events/" + eventId + "/documents").then().statusCode(201).extract().path("id");
        Response download = Api.as(pat).accept("*/*")
                .get("/api/v1/events/" + eventId + "/documents/" + documentId + "/content").then().statusCode(200)
                .extract().response();
        assertNoStoreOnceAndNoHeaderTwice("GET document content", download);
        assertEquals("nosniff", download.header("X-Content-Type-Options"));
    }

    @Test
    void errorAnswersSayNoStoreExactlyOnceAndSendNoHeaderTwice() {
        assertNoStoreOnceAndNoHeaderTwice("404", Api.as(Users.specialist())
                .get("/api/v1/events/" + UUID.randomUUID()).then().statusCode(404).extract().response());
        assertNoStoreOnceAndNoHeaderTwice("403", Api.invalidRequestAs(Users.staff())
                .get("/api/v1/candour").then().statusCode(403).extract().response());
        assertNoStoreOnceAndNoHeaderTwice("401", Api.withAuthorization(null)
                .get("/api/v1/events/mine").then().statusCode(401).extract().response());
        assertNoStoreOnceAndNoHeaderTwice("400", Api.invalidRequestAs(Users.staff()).contentType(ContentType.JSON)
                .body(Map.of("kind", "nonsense")).post("/api/v1/events").then().statusCode(400).extract().response());
        assertNoStoreOnceAndNoHeaderTwice("unknown API path",
                RestAssured.get("/api/v1/unknown").then().statusCode(404).extract().response());
    }

    @Test
    void theSpaAndItsConfigurationSendNoHeaderTwice() {
        for (String path : List.of("/", "/index.html", "/triage/3f1c2a9e-6b1d-4a2e-9a51-2f0e1c7d8b90",
                "/assets/app.js")) {
            Response response = RestAssured.get(path).then().statusCode(200).extract().response();
            assertNoHeaderTwice(path, response);
            assertEquals(1, values(response, "Cache-Control").size(), path + " says how to cache it once");
            assertEquals(1, values(response, "Content-Security-Policy").size(), path);
        }
        assertNoStoreOnceAndNoHeaderTwice("/config.json",
                RestAssured.get("/config.json").then().statusCode(200).extract().response());
    }

    private static void assertNoStoreOnceAndNoHeaderTwice(String what, Response response) {
        assertNoHeaderTwice(what, response);
        assertEquals(List.of("no-store"), values(response, "Cache-Control"), what + ": Cache-Control");
        assertEquals(List.of("nosniff"), values(response, "X-Content-Type-Options"), what);
    }

    private static void assertNoHeaderTwice(String what, Response response) {
        Map<String, Long> counts = response.getHeaders().asList().stream()
                .collect(Collectors.groupingBy(h -> h.getName().toLowerCase(Locale.ROOT), Collectors.counting()));
        Map<String, Long> twice = counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertTrue(twice.isEmpty(), what + " sends headers more than once: " + twice + " in "
                + response.getHeaders().asList());
    }

    private static List<String> values(Response response, String name) {
        return response.getHeaders().asList().stream().filter(h -> h.getName().equalsIgnoreCase(name))
                .map(Header::getValue).map(Function.identity()).toList();
    }
}
