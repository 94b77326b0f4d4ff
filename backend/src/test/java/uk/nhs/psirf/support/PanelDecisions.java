package uk.nhs.psirf.support;

import io.restassured.http.ContentType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decision bodies and the steps from an event to an approved decision, through the API. */
public final class PanelDecisions {
    public static final String DECISIONS = "/api/v1/decisions";
    public static final String MY_DECISIONS_TO_APPROVE = "/api/v1/me/decisions-to-approve";
    public static final String RESPONSES = "/api/v1/responses";
    public static final String CHAIR_NAME = "Dr A Senior";
    public static final String MEMBER_NAME = "B Viability";
    public static final String MINUTES = "Panel met; Dana Nurse's first-hand account and the chronology were reviewed.";
    public static final String RATIONALE = "Severe harm under our care; Dr Bloggs agreed.";
    public static final String DEPARTURE = "The panel judged a different response would learn more.";

    private static String chairId;
    private static String memberId;

    private PanelDecisions() {
    }

    /** The chair of every decision these bodies make, in the people directory (added once per test run). */
    public static synchronized String chairId() {
        if (chairId == null) {
            chairId = People.add(CHAIR_NAME);
        }
        return chairId;
    }

    public static synchronized String memberId() {
        if (memberId == null) {
            memberId = People.add(MEMBER_NAME);
        }
        return memberId;
    }

    /** A panel member chosen from the directory. */
    public static Map<String, Object> member(String personId, boolean chair) {
        return new HashMap<>(Map.of("personId", personId, "chair", chair));
    }

    /** A valid decision for an event (mutable; departs from any proposal with a reason, so any type is accepted). */
    public static Map<String, Object> forEvent(String eventId, String responseType) {
        Map<String, Object> body = content(responseType);
        body.put("eventId", eventId);
        return body;
    }

    public static Map<String, Object> forCase(String caseId, String responseType) {
        Map<String, Object> body = content(responseType);
        body.put("caseId", caseId);
        return body;
    }

    public static Map<String, Object> update(long version, String responseType) {
        Map<String, Object> body = content(responseType);
        body.put("version", version);
        return body;
    }

    private static Map<String, Object> content(String responseType) {
        Map<String, Object> body = new HashMap<>();
        body.put("panelMembers", new ArrayList<>(List.of(member(chairId(), true), member(memberId(), false))));
        body.put("reportReviewed", true);
        body.put("documentIds", new ArrayList<>());
        body.put("responseType", responseType);
        if ("referral".equals(responseType)) {
            body.put("referralTo", "police");
            body.put("referralDetail", "Referred to the police liaison officer.");
        }
        body.put("rationale", RATIONALE);
        body.put("departureRationale", DEPARTURE);
        body.put("minutes", MINUTES);
        return body;
    }

    /** Records a decision and returns its id. */
    public static String record(TestUser specialist, Map<String, Object> body) {
        return Api.as(specialist).contentType(ContentType.JSON).body(body).post(DECISIONS)
                .then().statusCode(201).extract().path("id");
    }

    /**
     * The chair (the Chief Nurse, or the panel's chair signed in as themself) approves a decision never changed;
     * returns the response id, or null when none was created.
     */
    public static String approve(TestUser chair, String decisionId) {
        return Api.as(chair).contentType(ContentType.JSON).body(Map.of("version", 0, "comment", "Agreed."))
                .post(DECISIONS + "/" + decisionId + "/chair-approval")
                .then().statusCode(200).extract().path("response.id");
    }

    /** A new event decided with this response and approved; returns the learning response id. */
    public static String approvedResponse(String responseType) {
        String eventId = Reports.file(Users.staff());
        return approve(Users.chiefNurse(), record(Users.specialist(), forEvent(eventId, responseType)));
    }
}
