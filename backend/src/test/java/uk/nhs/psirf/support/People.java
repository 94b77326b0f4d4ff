package uk.nhs.psirf.support;

import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** People in the directory, each with an e-mail address no other test uses. */
public final class People {
    public static final String PEOPLE = "/api/v1/people";

    private People() {
    }

    public static String uniqueEmail(String name) {
        return name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.nhs.uk";
    }

    /** A user whose sign-in's e-mail address names a new person of the directory (how the two are linked). */
    public record SignedIn(TestUser user, String personId) {
    }

    public static SignedIn signedIn(String name, String... roles) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
        TestUser user = Tokens.user(unique, roles);
        return new SignedIn(user, add(unique, unique.toLowerCase().replace(' ', '.') + "@example.nhs.uk"));
    }

    /** Adds a person and returns their id. */
    public static String add(String name) {
        return add(name, uniqueEmail(name));
    }

    public static String add(String name, String email) {
        return Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", email, "jobRole", "Senior nurse"))
                .post(PEOPLE).then().statusCode(201).extract().path("id");
    }

    /** Records training on a never-changed record. */
    public static void train(String personId, boolean level1, boolean level2, double incidentDays,
                             double engagementHours, double oversightDays) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        if (level1) {
            body.put("level1CompletedOn", "2026-01-15");
        }
        if (level2) {
            body.put("level2CompletedOn", "2026-02-20");
        }
        body.put("learningFromIncidentsDays", incidentDays);
        body.put("engagementTrainingHours", engagementHours);
        body.put("oversightTrainingDays", oversightDays);
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(body)
                .put(PEOPLE + "/" + personId + "/training").then().statusCode(200);
    }

    public static void trainAsLead(String personId) {
        train(personId, true, true, 2, 6, 0);
    }
}
