package uk.nhs.psirf.platform.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AuditApiTest {
    @Inject
    AuditTrail auditTrail;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theAuditTrailShowsWhoDidWhatToWhichEventNewestFirst() {
        TestUser sam = Users.staff();
        String id = Reports.file(sam);
        TestUser pat = Users.specialist();
        Api.as(pat).get("/api/v1/events/" + id).then().statusCode(200);
        Api.as(Users.chiefNurse()).queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("read"))
                .body("items[0].actor", equalTo(pat.sub()))
                .body("items[0].actorName", equalTo("Pat Specialist"))
                .body("items[0].entityType", equalTo("event"))
                .body("items[1].action", equalTo("create"))
                .body("items[1].actor", equalTo(sam.sub()))
                .body("items[1].clientAddress", equalTo("127.0.0.1"));
    }

    @Test
    void aForgedForwardedForHeaderIsIgnoredWhileProxyForwardingIsOff() {
        TestUser sam = Users.staff();
        Api.as(sam).header("X-Forwarded-For", "203.0.113.9").get("/api/v1/events/mine").then().statusCode(200);
        assertTrue(auditTrail.byActor(sam.sub()).stream().allMatch(a -> "127.0.0.1".equals(a.clientAddress())));
    }

    @Test
    void theAuditTrailFiltersByActorActionAndTime() {
        TestUser sam = Users.staff();
        Reports.file(sam);
        Api.as(Users.specialist()).queryParam("actor", sam.sub()).queryParam("action", "create")
                .queryParam("from", Instant.now().minusSeconds(600).toString())
                .queryParam("to", Instant.now().plusSeconds(600).toString())
                .get("/api/v1/audit").then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.action", everyItem(equalTo("create")));
    }

    @Test
    void readingTheAuditTrailIsItselfAudited() {
        TestUser pat = Users.specialist();
        Api.as(pat).get("/api/v1/audit").then().statusCode(200).body("totalItems", greaterThanOrEqualTo(0));
        assertTrue(auditTrail.hasEntry(pat.sub(), "list", null));
    }

    @Test
    void anUnknownActionFilterIsNamed() {
        Api.invalidRequestAs(Users.specialist()).queryParam("action", "delete").get("/api/v1/audit").then()
                .statusCode(400).body("errors[0].field", equalTo("action"));
    }

    @Test
    void staffCannotReadTheAuditTrail() {
        TestUser sam = Users.staff();
        Api.invalidRequestAs(sam).get("/api/v1/audit").then().statusCode(403).body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "GET /api/v1/audit"));
    }

    @Test
    void aRefusedRequestForOneRecordIsAuditedAgainstThatRecord() {
        TestUser cara = Users.coach();
        String record = java.util.UUID.randomUUID().toString();
        Api.invalidRequestAs(cara).get("/api/v1/being-fair/" + record).then().statusCode(403);
        assertTrue(auditTrail.byEntity(record).stream().anyMatch(a -> a.action().equals("denied")
                && a.actor().equals(cara.sub()) && "being-fair".equals(a.entityType())),
                "the refusal names the record it was for");
    }

    @Test
    void anUnauthenticatedRequestIsAudited() {
        String marker = "/api/v1/audit?probe=" + System.nanoTime();
        Api.withAuthorization("Bearer not-a-token").get(marker).then().statusCode(401);
        Api.as(Users.specialist()).queryParam("action", "unauthenticated").queryParam("size", 100)
                .get("/api/v1/audit").then()
                .statusCode(200)
                .body("items.actor", hasItem("anonymous"))
                .body("items.detail", hasItem("GET /api/v1/audit"));
    }

    @Test
    void theAuditTrailCannotBeUpdated() throws SQLException {
        Reports.file(Users.staff());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update audit_entry set actor = 'someone-else'"));
            assertTrue(refused.getMessage().contains("append-only"));
        }
    }

    @Test
    void theAuditTrailCannotBeDeleted() throws SQLException {
        Reports.file(Users.staff());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("delete from audit_entry"));
        }
    }
}
