package uk.nhs.psirf.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nhs.psirf.platform.audit.AuditEntry;
import uk.nhs.psirf.platform.error.Refusal;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.PeopleRows;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Tokens;
import uk.nhs.psirf.support.Users;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role on every operation, at run time (issue 10, item 4). Generated from openapi.yaml: every operation is
 * called as each role of the contract's {@code Role} schema (a token with that one role), with no token, and with
 * the client-credentials token of the integration client's service account (its roles read from the Keycloak
 * realm). The path parameters are records seeded for the callers where the test can make them (the lead caller
 * leads the response, the staff caller reported the event and owns the action, the partner caller is in the
 * register), random ids otherwise; a write sends an empty JSON object, which is enough for the role check because
 * it runs before the body is read and validated. Expected, per call:
 * <ul>
 *   <li>no token: 401;</li>
 *   <li>a caller with a role in the operation's {@code x-psirf-roles}: never refused by the role check, never 401 or
 *   5xx; a 403 may only be a refusal for the record ({@link Refusal#RECORD}, or a policy's own 403 naming a field),
 *   and it is audited;</li>
 *   <li>any other caller: 403 from the role check ({@link Refusal#ROLE}) and an audit row of the refusal naming the
 *   caller, the method and the path.</li>
 * </ul>
 * Every answer to a listed caller must match the contract (status documented, body shape).
 */
@QuarkusTest
class RoleMatrixTest {
    static final String NO_TOKEN = "no token";
    static final String SERVICE_ACCOUNT = "service-account-psirf-integration";
    private static final Path REALM = Api.CONTRACT.getParent().resolve("keycloak/psirf-realm.prod.json");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** The seeded records and the callers, made once for the whole matrix. */
    private static World world;

    /** Operation → caller → status, printed as a table after the run. */
    private static final Map<String, Map<String, Integer>> STATUSES = new TreeMap<>();

    @Inject
    AuditTrail auditTrail;

    @Inject
    PeopleRows people;

    record ContractOperation(String method, String path, Set<String> roles, List<String> pathParameters,
                             List<String> requiredQuery, boolean hasBody, String accept) {
        String key() {
            return method + " " + path;
        }
    }

    /** The Role schema of the contract: the realm roles, in the contract's order. */
    @SuppressWarnings("unchecked")
    static List<String> contractRoles(OpenAPI api) {
        List<Object> values = (List<Object>) api.getComponents().getSchemas().get("Role").getEnum();
        return values.stream().map(String::valueOf).toList();
    }

    static List<String> callers(OpenAPI api) {
        List<String> callers = new ArrayList<>(contractRoles(api));
        callers.add(NO_TOKEN);
        callers.add(SERVICE_ACCOUNT);
        return callers;
    }

    static Map<String, ContractOperation> operations(OpenAPI api) {
        Map<String, ContractOperation> operations = new LinkedHashMap<>();
        new TreeMap<>(api.getPaths()).forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            List<String> pathParameters = new ArrayList<>();
            Matcher matcher = PATH_PARAMETER.matcher(path);
            while (matcher.find()) {
                pathParameters.add(matcher.group(1));
            }
            List<String> requiredQuery = Contract.parameters(api, item, op).stream()
                    .filter(p -> "query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired()))
                    .map(Parameter::getName).toList();
            ContractOperation operation = new ContractOperation(method.name(), path, Contract.roles(op), pathParameters,
                    requiredQuery, op.getRequestBody() != null, accept(op));
            operations.put(operation.key(), operation);
        }));
        return operations;
    }

    /** Operation × caller, the cells of the matrix. */
    static Stream<Arguments> matrix() {
        OpenAPI api = Contract.root();
        Map<String, ContractOperation> operations = operations(api);
        List<String> callers = callers(api);
        System.out.printf("Role matrix: %d operations x %d callers = %d calls%n", operations.size(), callers.size(),
                operations.size() * callers.size());
        return operations.keySet().stream().flatMap(op -> callers.stream().map(caller -> Arguments.of(op, caller)));
    }

    @Test
    void the_matrix_is_every_operation_of_the_contract_times_the_eight_roles_no_token_and_the_service_account() {
        OpenAPI api = Contract.root();
        List<String> callers = callers(api);
        assertEquals(10, callers.size(), callers.toString());
        assertEquals(Roles.ALL, contractRoles(api), "the contract's Role schema and the code's roles");
        Map<String, ContractOperation> operations = operations(api);
        assertEquals(Contract.operations(api).keySet(), operations.keySet());
        assertEquals(operations.size() * callers.size(), matrix().count());
        System.out.printf("Role matrix size: %d operations x %d callers = %d%n", operations.size(), callers.size(),
                operations.size() * callers.size());
        assertFalse(serviceAccountRoles().isEmpty(), "The service account of psirf-integration has no realm roles");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void every_role_on_every_operation(String operationKey, String callerName) {
        World w = world();
        ContractOperation op = w.operations.get(operationKey);
        Caller caller = w.callers.get(callerName);
        String path = fill(op.path(), op.pathParameters(), w.ids);

        boolean listed = caller.roles().stream().anyMatch(op.roles()::contains);
        // The answers to listed callers are checked against the contract; a refusal's shape is asserted below
        String authorization = caller.authorization();
        RequestSpecification request = (listed ? Api.withAuthorization(authorization)
                : authorization == null ? RestAssured.given()
                : RestAssured.given().header("Authorization", authorization))
                .urlEncodingEnabled(false).header("Accept", op.accept() + ", application/problem+json");
        if (op.hasBody()) {
            request = request.contentType(ContentType.JSON).body("{}");
        }
        String url = path + (op.requiredQuery().isEmpty() ? ""
                : "?" + String.join("&", op.requiredQuery().stream().map(q -> q + "=0").toList()));
        Response response = request.request(Method.valueOf(op.method()), url);
        int status = response.getStatusCode();
        synchronized (STATUSES) {
            STATUSES.computeIfAbsent(op.key(), k -> new LinkedHashMap<>()).put(callerName, status);
        }
        String said = op.key() + " as " + callerName + " → " + status + " " + response.asString();

        if (caller.sub() == null) {
            assertEquals(401, status, said);
            assertEquals("unauthenticated", response.path("code"), said);
            return;
        }
        assertTrue(status < 500, "5xx: " + said);
        List<AuditEntry> refusals = auditTrail.refusals(caller.sub());
        long seenBefore = w.lastRefusalSeen.getOrDefault(callerName, 0L);
        List<AuditEntry> ofThisCall = refusals.stream().filter(a -> a.id() > seenBefore).toList();
        refusals.stream().mapToLong(AuditEntry::id).max().ifPresent(id -> w.lastRefusalSeen.put(callerName, id));
        List<AuditEntry> byRoleCheck = ofThisCall.stream().filter(a -> a.detail() != null
                && a.detail().equals(op.method() + " " + path + " " + Refusal.ROLE.auditSuffix())).toList();
        if (listed) {
            assertNotEquals(401, status, said);
            assertEquals(List.of(), byRoleCheck,
                    "refused by the role check although " + caller.roles() + " meets " + op.roles() + ": " + said);
            if (status == 403) {
                // A refusal for the record (AccessDeniedException), or a policy's own 403 naming a field
                assertNotEquals(Refusal.ROLE.detail(), response.path("detail"),
                        "a 403 to a listed role must not read as the role check's: " + said);
                assertFalse(ofThisCall.isEmpty(), "the refusal is not audited: " + said);
            }
        } else {
            assertEquals(403, status, "a role outside " + op.roles() + " must be refused: " + said);
            assertEquals("forbidden", response.path("code"), said);
            assertEquals(Refusal.ROLE.detail(), response.path("detail"), said);
            assertEquals(1, byRoleCheck.size(), "one audit row of the role check's refusal: " + said);
        }
    }

    /** The matrix as run: one row per operation, one column per caller, the status of each call. */
    @AfterAll
    static void printTheMatrix() {
        if (STATUSES.isEmpty()) {
            return;
        }
        List<String> callers = callers(Contract.root());
        StringBuilder table = new StringBuilder("Role matrix as run (").append(STATUSES.size()).append(" operations x ")
                .append(callers.size()).append(" callers):\n");
        for (int i = 0; i < callers.size(); i++) {
            table.append("  c").append(i + 1).append(" = ").append(callers.get(i)).append('\n');
        }
        table.append(String.format("  %-80s", "operation"));
        for (int i = 0; i < callers.size(); i++) {
            table.append(String.format(" %4s", "c" + (i + 1)));
        }
        table.append('\n');
        STATUSES.forEach((op, byCaller) -> {
            table.append(String.format("  %-80s", op));
            callers.forEach(c -> table.append(String.format(" %4s", byCaller.getOrDefault(c, 0))));
            table.append('\n');
        });
        System.out.print(table);
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * Who calls: the token's subject (null for no token), its realm roles, and how to make the Authorization header.
     * A token is minted per call, because 1,220 calls on a busy machine outlast one token's five-minute lifetime.
     */
    record Caller(String sub, Set<String> roles, Supplier<String> bearer) {
        String authorization() {
            return bearer == null ? null : bearer.get();
        }
    }

    private static final class World {
        final Map<String, ContractOperation> operations = new LinkedHashMap<>();
        final Map<String, Caller> callers = new LinkedHashMap<>();
        final Map<String, String> ids = new LinkedHashMap<>();
        /** Caller → the id of the last refusal of theirs already seen: later rows belong to the next call. */
        final Map<String, Long> lastRefusalSeen = new LinkedHashMap<>();
    }

    private synchronized World world() {
        if (world == null) {
            world = seed();
        }
        return world;
    }

    private World seed() {
        OpenAPI api = Contract.root();
        World w = new World();
        w.operations.putAll(operations(api));
        Map<String, TestUser> users = new LinkedHashMap<>();
        Map<String, String> persons = new LinkedHashMap<>();
        for (String role : contractRoles(api)) {
            TestUser user = PeopleRows.uniqueUser("Matrix " + role, role);
            users.put(role, user);
            persons.put(role, people.personFor(user));
            w.callers.put(role, new Caller(user.sub(), Set.of(role), user::bearer));
        }
        w.callers.put(NO_TOKEN, new Caller(null, Set.of(), null));
        String serviceSub = UUID.randomUUID().toString();
        List<String> serviceRoles = new ArrayList<>(serviceAccountRoles());
        serviceRoles.addAll(List.of("default-roles-psirf", "offline_access", "uma_authorization"));
        w.callers.put(SERVICE_ACCOUNT, new Caller(serviceSub, new LinkedHashSet<>(serviceRoles),
                () -> "Bearer " + Tokens.clientCredentialsToken(serviceSub, "psirf-integration", serviceRoles)));

        TestUser pat = Users.specialist();
        String eventId = Reports.file(users.get("staff"));
        String decisionId = PanelDecisions.record(pat, PanelDecisions.forEvent(eventId, "after-action-review"));
        String responseId = PanelDecisions.approve(Users.chiefNurse(), decisionId);
        people.assignLead(responseId, persons.get("learning-response-lead"));
        w.ids.put("eventId", eventId);
        w.ids.put("decisionId", decisionId);
        w.ids.put("responseId", responseId);
        w.ids.put("personId", persons.get("learning-response-lead"));
        w.ids.put("personAffectedId", Api.as(pat).contentType(ContentType.JSON).body(Map.of("kind", "patient",
                        "name", "Matrix Patient", "namedContactName", "Matrix Contact", "involvement", List.of()))
                .post(PanelDecisions.RESPONSES + "/" + responseId + "/people-affected")
                .then().statusCode(201).extract().path("id"));
        w.ids.put("actionId", Api.as(pat).contentType(ContentType.JSON).body(Map.of("title", "Matrix action",
                        "source", "response", "responseId", responseId, "ownerPersonId", persons.get("staff"),
                        "measures", List.of("A measure"), "dueOn", LocalDate.now().plusMonths(2).toString()))
                .post("/api/v1/safety-actions").then().statusCode(201).extract().path("summary.id"));
        w.ids.put("partnerId", Api.as(pat).contentType(ContentType.JSON).body(Map.of(
                        "personId", persons.get("patient-safety-partner"), "supporterPersonId", persons.get("staff"),
                        "startedOn", LocalDate.now().minusMonths(1).toString(), "areas", List.of()))
                .post("/api/v1/patient-safety-partners").then().statusCode(201).extract().path("id"));
        w.ids.put("groupId", Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("name", "Matrix group " + UUID.randomUUID()))
                .post("/api/v1/oversight-groups").then().statusCode(201).extract().path("id"));
        List<String> versions = Api.as(pat).get("/api/v1/response-plan/versions").then().statusCode(200)
                .extract().path("id");
        if (!versions.isEmpty()) {
            w.ids.put("versionId", versions.get(0));
        }
        return w;
    }

    /** Path parameters from the seeded records; any other gets a random id (a listed role may then get 404). */
    private static String fill(String template, List<String> names, Map<String, String> ids) {
        String path = template;
        for (String name : names) {
            path = path.replace("{" + name + "}", ids.getOrDefault(name, UUID.randomUUID().toString()));
        }
        return path;
    }

    /** The realm roles of the integration client's service account, from the realm Keycloak is given. */
    static List<String> serviceAccountRoles() {
        try {
            JsonNode realm = new ObjectMapper().readTree(REALM.toFile());
            for (JsonNode user : realm.path("users")) {
                if ("psirf-integration".equals(user.path("serviceAccountClientId").asText())) {
                    List<String> roles = new ArrayList<>();
                    user.path("realmRoles").forEach(r -> roles.add(r.asText()));
                    return roles;
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first content type of the operation's success responses, so a CSV or PDF operation is asked for it. */
    private static String accept(Operation operation) {
        if (operation.getResponses() != null) {
            for (var entry : operation.getResponses().entrySet()) {
                if (entry.getKey().startsWith("2") && entry.getValue().getContent() != null
                        && !entry.getValue().getContent().isEmpty()) {
                    return entry.getValue().getContent().keySet().iterator().next();
                }
            }
        }
        return "application/json";
    }
}
