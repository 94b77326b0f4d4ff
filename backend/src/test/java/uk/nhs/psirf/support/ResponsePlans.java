package uk.nhs.psirf.support;

import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Response plan bodies, each with a period of its own so that tests sharing one database do not overlap. */
public final class ResponsePlans {
    public static final List<String> GROUPS = List.of("age", "disability", "race", "sex", "gender-reassignment",
            "sexual-orientation", "religion-or-belief", "pregnancy-and-maternity", "marriage-and-civil-partnership",
            "environment", "other-groups");
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AtomicInteger NEXT_PAST = new AtomicInteger();

    private ResponsePlans() {
    }

    /** A complete, approvable draft for a fresh two-year period (mutable, so a test can break one field). */
    public static Map<String, Object> valid() {
        return validFrom(LocalDate.of(2200 + NEXT.getAndIncrement() * 3, 9, 1));
    }

    /** As {@link #valid()}, for a period that ended long ago (its own, clear of every other test's). */
    public static Map<String, Object> validPast() {
        return validFrom(LocalDate.of(1900 + NEXT_PAST.getAndIncrement() * 3, 9, 1));
    }

    private static Map<String, Object> validFrom(LocalDate from) {
        Map<String, Object> body = new HashMap<>();
        body.put("periodFrom", from.toString());
        body.put("periodTo", from.plusMonths(18).minusDays(1).toString());
        body.put("reviewDate", from.plusMonths(12).toString());
        body.put("nationalRequirements", List.of(Map.of(
                "issue", "Deaths thought more likely than not due to problems in care",
                "responseType", "psii", "rationale", "National requirement")));
        body.put("localPriorities", new ArrayList<>(List.of(Map.of(
                "categoryCode", "pressure-ulcer", "issue", "Category 3 and 4 pressure ulcers",
                "responseType", "multi-incident-review", "rationale", "Most reported harm",
                "improvementLink", "Pressure ulcer QI collaborative"))));
        body.put("equalityImpact", assessment("positive"));
        return body;
    }

    public static Map<String, Object> assessment(String impactOnEveryGroup) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (String group : GROUPS) {
            Map<String, Object> g = new HashMap<>();
            g.put("group", group);
            g.put("impact", impactOnEveryGroup);
            g.put("comments", "Considered for " + group);
            groups.add(g);
        }
        Map<String, Object> eia = new HashMap<>();
        eia.put("reviewerName", "Kate Howard");
        eia.put("reviewerRole", "Chief Nurse");
        eia.put("reviewedOn", "2026-07-01");
        eia.put("groups", groups);
        return eia;
    }

    /** Creates a draft and returns its id. */
    public static String draft(TestUser specialist, Map<String, Object> body) {
        return Api.as(specialist).contentType(ContentType.JSON).body(body)
                .post("/api/v1/response-plan/versions")
                .then().statusCode(201).extract().path("id");
    }

    /** Approves a draft at version 0 (never edited). */
    public static void approve(TestUser chiefNurse, String id) {
        Api.as(chiefNurse).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/v1/response-plan/versions/" + id + "/approval")
                .then().statusCode(200);
    }
}
