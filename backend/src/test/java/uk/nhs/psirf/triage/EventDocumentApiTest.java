package uk.nhs.psirf.triage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents to review for an event: added as text or a file, listed and downloaded by the team, all audited. */
@QuarkusTest
class EventDocumentApiTest {
    private static final byte[] PDF = "%PDF-1.4 chronology".getBytes(StandardCharsets.US_ASCII);

    @Inject
    AuditTrail auditTrail;

    private static String documents(String eventId) {
        return "/api/v1/events/" + eventId + "/documents";
    }

    private static Map<String, Object> text(String title, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "first-hand-account");
        body.put("title", title);
        body.put("text", text);
        return body;
    }

    private static Map<String, Object> file(String fileName, String contentType, String base64) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "chronology");
        body.put("title", "Chronology of the visits");
        body.put("file", Map.of("fileName", fileName, "contentType", contentType, "contentBase64", base64));
        return body;
    }

    @Test
    void aSpecialistAddsAFirstHandAccountAsTextAndTheChiefNurseDownloadsIt() {
        String eventId = Reports.file(Users.staff());
        TestUser pat = Users.specialist();
        var created = Api.as(pat).contentType(ContentType.JSON)
                .body(text("Account of the district nurse", "I arrived at 14:10 and found the dressing unchanged."))
                .post(documents(eventId)).then()
                .statusCode(201)
                .body("kind", equalTo("first-hand-account"))
                .body("kindDisplay", equalTo("First-hand account"))
                .body("format", equalTo("text"))
                .body("fileName", nullValue())
                .body("contentType", equalTo("text/plain;charset=UTF-8"))
                .body("addedBy", equalTo("Pat Specialist"))
                .extract();
        String documentId = created.path("id");
        assertTrue(created.header("Location").endsWith(documents(eventId) + "/" + documentId + "/content"));
        assertTrue(auditTrail.byEntity(documentId).stream()
                .anyMatch(a -> a.action().equals("create") && a.actor().equals(pat.sub())));

        TestUser chris = Users.chiefNurse();
        String content = Api.as(chris).accept("*/*").get(documents(eventId) + "/" + documentId + "/content").then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .header("Content-Disposition", equalTo("attachment; filename=\"Account of the district nurse.txt\""))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asString();
        assertEquals("I arrived at 14:10 and found the dressing unchanged.", content);
        assertTrue(auditTrail.byEntity(documentId).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(chris.sub())));
    }

    @Test
    void aFileIsKeptAsSentAndDownloadedWithItsOwnTypeAsAnAttachment() {
        String eventId = Reports.file(Users.staff());
        TestUser pat = Users.specialist();
        String documentId = Api.as(pat).contentType(ContentType.JSON)
                .body(file("chronology \"final\".pdf", "application/pdf", Base64.getEncoder().encodeToString(PDF)))
                .post(documents(eventId)).then()
                .statusCode(201)
                .body("format", equalTo("file"))
                .body("fileName", equalTo("chronology \"final\".pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .extract().path("id");
        byte[] downloaded = Api.as(pat).accept("*/*").get(documents(eventId) + "/" + documentId + "/content").then()
                .statusCode(200)
                .contentType(equalTo("application/pdf"))
                .header("Content-Disposition", equalTo("attachment; filename=\"chronology _final_.pdf\""))
                .extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
    }

    @Test
    void theListShowsAnEventsDocumentsOldestFirstWithoutContentAndIsAudited() {
        String eventId = Reports.file(Users.staff());
        TestUser pat = Users.specialist();
        Api.as(pat).contentType(ContentType.JSON).body(text("First", "one")).post(documents(eventId)).then()
                .statusCode(201);
        Api.as(pat).contentType(ContentType.JSON)
                .body(file("c.pdf", "application/pdf", Base64.getEncoder().encodeToString(PDF)))
                .post(documents(eventId)).then().statusCode(201);
        TestUser chris = Users.chiefNurse();
        Api.as(chris).get(documents(eventId)).then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].title", equalTo("First"))
                .body("[1].format", equalTo("file"))
                .body(org.hamcrest.Matchers.not(containsString("contentBase64")));
        assertTrue(auditTrail.byActor(chris.sub()).stream().anyMatch(a -> a.action().equals("list")
                && eventId.equals(a.entityId()) && a.detail().contains("documents")));
    }

    @Test
    void aDocumentIsTextOrAFileNeverBothNorNeither() {
        String eventId = Reports.file(Users.staff());
        Map<String, Object> both = file("c.pdf", "application/pdf", Base64.getEncoder().encodeToString(PDF));
        both.put("text", "and some text");
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(both).post(documents(eventId)).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text")).body("errors[0].code", equalTo("text-or-file"));
        Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("kind", "other", "title", "Nothing")).post(documents(eventId)).then()
                .statusCode(400).body("errors[0].field", equalTo("text")).body("errors[0].code", equalTo("text-or-file"));
        Api.as(Users.specialist()).get(documents(eventId)).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aFileThatIsNotBase64OrTooLargeIsRefusedNamingTheField() {
        String eventId = Reports.file(Users.staff());
        Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(file("c.pdf", "application/pdf", "this is *not* base64!"))
                .post(documents(eventId)).then()
                .statusCode(400).body("errors[0].field", equalTo("file.contentBase64"))
                .body("errors[0].code", equalTo("invalid-base64"));
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(file("big.pdf", "application/pdf", Base64.getEncoder().encodeToString(tooLarge)))
                .post(documents(eventId)).then()
                .statusCode(400).body("errors[0].field", equalTo("file.contentBase64"))
                .body("errors[0].code", equalTo("too-large"));
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(file("page.html", "text/html", Base64.getEncoder().encodeToString("<script>".getBytes())))
                .post(documents(eventId)).then()
                .statusCode(400).body("errors[0].field", equalTo("file.contentType"));
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("kind", "gossip", "title", "", "text", "x"))
                .post(documents(eventId)).then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("kind"));
        Api.as(Users.specialist()).get(documents(eventId)).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anUnknownEventOrADocumentOfAnotherEventIsNotFound() {
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(text("T", "x"))
                .post(documents(UUID.randomUUID().toString())).then().statusCode(404).body("code", equalTo("not-found"));
        Api.as(Users.specialist()).get(documents(UUID.randomUUID().toString())).then().statusCode(404);
        String one = Reports.file(Users.staff());
        String other = Reports.file(Users.staff());
        String documentId = Api.as(Users.specialist()).contentType(ContentType.JSON).body(text("T", "x"))
                .post(documents(one)).then().statusCode(201).extract().path("id");
        Api.as(Users.specialist()).accept("*/*").get(documents(other) + "/" + documentId + "/content").then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        Api.as(Users.specialist()).accept("*/*").get(documents(one) + "/" + UUID.randomUUID() + "/content").then()
                .statusCode(404);
    }

    @Test
    void theChiefNurseCannotAddADocumentAndTheRefusalIsAudited() {
        String eventId = Reports.file(Users.staff());
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(text("T", "x")).post(documents(eventId)).then()
                .statusCode(403).body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "POST " + documents(eventId)));
    }

    @Test
    void theReporterCannotListOrDownloadDocumentsAndTheRefusalsAreAudited() {
        TestUser sam = Users.staff();
        String eventId = Reports.file(sam);
        String documentId = Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(text("Account naming Dr Other", "x")).post(documents(eventId)).then().statusCode(201)
                .extract().path("id");
        Api.invalidRequestAs(sam).get(documents(eventId)).then().statusCode(403)
                .body(org.hamcrest.Matchers.not(containsString("Dr Other")));
        Api.invalidRequestAs(sam).get(documents(eventId) + "/" + documentId + "/content").then().statusCode(403);
        List<String> denied = auditTrail.byActor(sam.sub()).stream().filter(a -> a.action().equals("denied"))
                .map(a -> a.detail()).toList();
        assertTrue(denied.stream().anyMatch(d -> d.contains("GET " + documents(eventId))), denied.toString());
        assertTrue(denied.stream().anyMatch(d -> d.contains("/content")), denied.toString());
    }
}
