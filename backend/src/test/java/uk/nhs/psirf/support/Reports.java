package uk.nhs.psirf.support;

import io.restassured.http.ContentType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Report bodies and a way to file one through the API. */
public final class Reports {
    public static final String PATIENT_NAME = "Jane Example";
    public static final String NHS_NUMBER = "9434765919";

    private Reports() {
    }

    /** A complete, valid report (mutable, so a test can break one field). */
    public static Map<String, Object> valid() {
        Map<String, Object> patient = new HashMap<>();
        patient.put("name", PATIENT_NAME);
        patient.put("nhsNumber", NHS_NUMBER);
        patient.put("dateOfBirth", "1941-03-02");
        patient.put("address", "1 High Street, Northtown");
        patient.put("ageBracket", 11);
        patient.put("gender", 1);
        patient.put("ethnicity", 11);
        Map<String, Object> report = new HashMap<>();
        report.put("eventType", "incident");
        report.put("occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("locationCode", "LOC-DN-NORTH");
        report.put("categoryCode", "pressure-ulcer");
        report.put("physicalHarm", 4);
        report.put("psychologicalHarm", 4);
        report.put("whatHappened", "Category 2 pressure ulcer found on the left heel at a home visit.");
        report.put("immediateActions", "Repositioned, dressing applied, tissue viability referral made.");
        report.put("patient", patient);
        report.put("staffInvolved", List.of(Map.of("role", "District nurse", "name", "Dana Nurse", "staffType", 5)));
        report.put("anonymous", false);
        return report;
    }

    public static Map<String, Object> with(String field, Object value) {
        Map<String, Object> report = valid();
        report.put(field, value);
        return report;
    }

    /** Files a report and returns its id. */
    public static String file(TestUser reporter, Map<String, Object> report) {
        return Api.as(reporter).contentType(ContentType.JSON).body(report)
                .post("/api/v1/events")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String file(TestUser reporter) {
        return file(reporter, valid());
    }
}
