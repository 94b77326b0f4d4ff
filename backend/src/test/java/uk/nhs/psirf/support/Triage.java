package uk.nhs.psirf.support;

import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Triage steps through the API, for tests that need an event in a given state. */
public final class Triage {
    private Triage() {
    }

    public static String reference(String eventId) {
        return Api.as(Users.specialist()).get("/api/v1/events/" + eventId).then().statusCode(200)
                .extract().path("reference");
    }

    public static int version(String eventId) {
        return Api.as(Users.specialist()).get("/api/v1/events/" + eventId).then().statusCode(200)
                .extract().path("version");
    }

    /** Sets the status (keeping the category and harm of a valid report) and returns the new version. */
    public static int setStatus(String eventId, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version(eventId));
        body.put("status", status);
        body.put("categoryCode", "pressure-ulcer");
        body.put("physicalHarm", 4);
        body.put("psychologicalHarm", 4);
        return Api.as(Users.specialist()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/events/" + eventId + "/triage").then().statusCode(200).extract().path("version");
    }

    /** Opens a case of these events and returns its id. */
    public static String openCase(String title, String... eventIds) {
        return Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("title", title, "eventIds", List.of(eventIds)))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }
}
