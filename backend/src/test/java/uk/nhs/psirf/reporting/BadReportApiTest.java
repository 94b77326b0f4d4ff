package uk.nhs.psirf.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.Users;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Bad input is refused with 400 naming each field, never a 500. */
@QuarkusTest
class BadReportApiTest {

    private static ValidatableResponse post(Object body) {
        return Api.invalidRequestAs(Users.staff()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/events").then()
                .contentType("application/problem+json")
                .body(not(containsString("Exception")))
                .body(not(containsString("arg0")));
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        post(Map.of()).statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", containsInAnyOrder("eventType", "occurredAt", "locationCode", "categoryCode",
                        "physicalHarm", "psychologicalHarm", "whatHappened"))
                .body("errors.code", org.hamcrest.Matchers.everyItem(equalTo("required")));
    }

    @Test
    void anInvalidNhsNumberIsNamed() {
        Map<String, Object> report = Reports.valid();
        ((Map<String, Object>) report.get("patient")).put("nhsNumber", "9434765918");
        post(report).statusCode(400)
                .body("errors[0].field", equalTo("patient.nhsNumber"))
                .body("errors[0].code", equalTo("invalid-nhs-number"));
    }

    @Test
    void anUnknownLocationAndCategoryAreNamed() {
        Map<String, Object> report = Reports.with("locationCode", "LOC-NOWHERE");
        report.put("categoryCode", "alien-abduction");
        post(report).statusCode(400)
                .body("errors.field", containsInAnyOrder("locationCode", "categoryCode"))
                .body("errors.code", containsInAnyOrder("unknown-code", "unknown-code"));
    }

    @Test
    void unknownLfpseDemographicAndStaffCodesAreNamed() {
        Map<String, Object> report = Reports.valid();
        ((Map<String, Object>) report.get("patient")).put("ethnicity", 99);
        report.put("staffInvolved", List.of(Map.of("role", "Porter", "staffType", 42)));
        post(report).statusCode(400)
                .body("errors.field", containsInAnyOrder("patient.ethnicity", "staffInvolved[0].staffType"));
    }

    @Test
    void anUnknownEventTypeIsNamed() {
        post(Reports.with("eventType", "catastrophe")).statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("eventType"));
    }

    @Test
    void anOutOfRangeHarmIsNamed() {
        post(Reports.with("physicalHarm", 9)).statusCode(400)
                .body("errors[0].field", equalTo("physicalHarm"))
                .body("errors[0].code", equalTo("out-of-range"));
    }

    @Test
    void tooLongTextIsNamed() {
        Map<String, Object> report = Reports.with("whatHappened", "x".repeat(4001));
        report.put("staffInvolved", List.of(Map.of("role", "r".repeat(101))));
        post(report).statusCode(400)
                .body("errors.field", containsInAnyOrder("whatHappened", "staffInvolved[0].role"))
                .body("errors.code", containsInAnyOrder("too-long", "too-long"));
    }

    @Test
    void anEventInTheFutureIsRefused() {
        post(Reports.with("occurredAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())).statusCode(400)
                .body("errors[0].field", equalTo("occurredAt"))
                .body("errors[0].code", equalTo("in-the-future"));
    }

    @Test
    void anUnknownFieldIsNamed() {
        post(Reports.with("severity", "high")).statusCode(400)
                .body("errors[0].field", equalTo("severity"))
                .body("errors[0].code", equalTo("unknown-field"));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        post(Reports.with("occurredAt", "yesterday")).statusCode(400)
                .body("errors[0].field", equalTo("occurredAt"));
    }

    @Test
    void malformedJsonIsRefused() {
        post("{\"eventType\": \"incident\",").statusCode(400).body("code", equalTo("malformed-body"));
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIsRefused() {
        post("[1, 2]").statusCode(400).body("code", equalTo("malformed-body"));
    }

    @Test
    void anEmptyBodyIsRefused() {
        post("").statusCode(400).body("code", org.hamcrest.Matchers.oneOf("validation-failed", "malformed-body"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsUnsupported() {
        Api.protocolErrorAs(Users.staff()).contentType(ContentType.XML).body("<report/>")
                .post("/api/v1/events").then()
                .statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("unsupported-media-type"));
    }
}
