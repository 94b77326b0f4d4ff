package uk.nhs.psirf.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.coaches.Coaches;
import uk.nhs.psirf.coaches.NewCoach;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.InvestigationRows;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.People;
import uk.nhs.psirf.support.PeopleRows;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.ResponseLeads;
import uk.nhs.psirf.support.ResponsePlans;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Tokens;
import uk.nhs.psirf.support.Users;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The leak check (issue 5, item 5; product access rules): for EVERY operation of openapi.yaml whose
 * {@code x-psirf-roles} include {@code patient-safety-partner} or {@code coach}, found by reading the contract so
 * that an operation added later is covered without touching this test, data with known identifiable values is
 * created first, then each operation is called as a partner (a member of one oversight group) and as a coach, with
 * the ids of the partner's own group, with the ids of another group's records, with unknown and malformed ids, and
 * (for writes) with a plausible and a malformed body. None of the identifiable values may appear anywhere in any
 * response: status line, headers or body, lists, exports and problem+json errors alike; and no call may fail with
 * a 5xx. Every leak is reported at once.
 */
@QuarkusTest
class IdentifiableDataLeakTest {
    static final List<String> WATCHED_ROLES = List.of(Roles.PATIENT_SAFETY_PARTNER, Roles.COACH);

    // The identifiable values: distinctive, so that finding one anywhere can only mean it leaked.
    static final String PATIENT_NAME = "Zebedee Quillfeather";
    /** Valid under the Modulus 11 check. */
    static final String NHS_NUMBER = Reports.NHS_NUMBER;
    static final LocalDate DATE_OF_BIRTH = LocalDate.of(1937, 8, 19);
    static final String ADDRESS = "17 Wrenfield Crescent, Ambridgeton";
    static final String REPORTER = "Ottoline Reportwright";
    static final List<String> STAFF_INVOLVED = List.of("Dana Marchbanks", "Florian Ashcombe");
    /** The response's lead is a member of staff too: a partner sees staff by role only. */
    static final String LEAD = "Lysander Leadbetter";
    static final String NARRATIVE = PATIENT_NAME + " (NHS number 943 476 5919, born 19/08/1937, of " + ADDRESS
            + ") was found by Dana Marchbanks with a category 2 pressure ulcer; Florian Ashcombe had last"
            + " repositioned him.";
    /** A staff member with a two-letter surname: every word of a name is withheld, whatever its length. */
    static final String SHORT_SURNAME_STAFF = "Mei Ng";
    static final String PANEL_MEMBER = "Perpetua Panelhurst";
    static final String DRAFT_READER = "Hamish Draftwick";
    static final String SUPPORTED_STAFF = "Ignatius Supportwell";
    static final String LINE_MANAGER = "Lorcan Linewright";
    static final String REVIEWER = "Rosalind Reviewford";
    static final String CANDOUR_BY = "Cressida Candourby";
    static final String CANDOUR_TO = "Tobias Toldwell";
    static final String BEING_FAIR_STAFF = "Fenella Fairweather";
    static final String NAMED_CONTACT = "Norberta Contactson";
    /** The event's location: one of the trust's own (reference data), below the service level a partner sees. */
    static final String LOCATION_CODE = "LOC-CH-RIVERSIDE";
    static final List<String> PLACES = List.of("Riverside Community Hospital", "Oak Ward", "Riverside");
    /** Identifier shapes the system does not hold, which are withheld all the same. */
    static final List<String> UNKNOWN_SHAPES = List.of("485 777 3456", "3.4.1950", "42 Foxglove Ln", "LS1 4AB",
            "07700 900123", "+44 7700 900124", "0113 496 0000", "kin.of.patient@example.org");
    /**
     * Every known value in the spellings people write them in, and identifier shapes nobody recorded: written into
     * the summary for oversight (which partners read, redacted) and into every free-text field.
     */
    static final List<String> SPELLINGS = List.of(
            // names: any case, possessive, each word alone, two-letter words
            "Mr zebedee QUILLFEATHER", "Quillfeather's wife", "Zebedee's son", "reported by Ottoline Reportwright",
            "reportwright", "dana marchbanks", "Florian Ashcombe", "Ashcombe's shift", "MEI NG", "Ng's notes", "ng",
            "Lysander Leadbetter", "Perpetua Panelhurst", "Hamish Draftwick", "Ignatius Supportwell",
            "Lorcan Linewright", "Rosalind Reviewford", "Cressida Candourby", "Tobias Toldwell", "Fenella Fairweather",
            "Norberta Contactson",
            // the NHS number in any grouping
            "9434765919", "943 476 5919", "943-476-5919", "943.476.5919", "943/476/5919", "94 34 76 59 19",
            "9434 765 919",
            // the date of birth
            "19/08/1937", "19.08.1937", "19-08-1937", "19 08 1937", "19/8/37", "19.8.37", "19081937", "19370819",
            "1937-08-19", "1937/08/19", "19 August 1937", "19th August 1937", "19 Aug 1937", "August 19, 1937",
            "19 Aug 37",
            // the address
            "17 Wrenfield Crescent", "17 Wrenfield Cres", "17 wrenfield crescent", "Ambridgeton",
            // the trust's place
            "Oak Ward", "Riverside Community Hospital", "oak ward", "OAK WARD", "Riverside");
    static final String EVERY_SPELLING = String.join(", ", SPELLINGS) + "; also " + String.join(", ", UNKNOWN_SHAPES)
            + ".";
    /**
     * For the fields the contract keeps to 200 characters (a title, a contact method, a team role, an organisation's
     * name), which cannot hold every spelling: one of each kind, a known name, the NHS number and the date of birth in
     * a separator people use, the abbreviated address, the trust's ward, and each unknown shape but the landline.
     */
    static final String SHORT_SPELLINGS = "Mei Ng, Zebedee Quillfeather, 943.476.5919, 19081937, 17 Wrenfield Cres,"
            + " Oak Ward, 42 Foxglove Ln, LS1 4AB, 07700 900123, kin.of.patient@example.org";
    /** For a staff member's role on the report (at most 100 characters). */
    static final String TINY_SPELLINGS = "Mei Ng, 943.476.5919, 19081937, Oak Ward, LS1 4AB, 07700 900123";

    private static final Set<Integer> EXPECTED_STATUSES = Set.of(200, 201, 204, 400, 403, 404, 405, 409, 415);
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String PLACE = "place";
    /** The NHS number's ten digits with any one separator (or none) between any of them. */
    private static final Pattern NHS_NUMBER_ANY_GROUPING = Pattern.compile("(?<!\\d)" + String.join("[\\s./-]?",
            NHS_NUMBER.split("")) + "(?!\\d)");

    @Inject
    ResponseLeads leads;

    @Inject
    InvestigationRows investigation;

    @Inject
    PeopleRows people;

    @Inject
    Coaches coaches;

    /** One operation of the contract with what it needs to be called. */
    record ContractOperation(String method, String path, Operation operation, Set<String> roles,
                             List<String> pathParameters, List<Parameter> queryParameters) {
        String key() {
            return method + " " + path;
        }

        boolean writes() {
            return !method.equals("GET") && !method.equals("HEAD");
        }
    }

    /** What a call was: who, with which ids and body, and what came back. */
    record Call(ContractOperation operation, String role, String scenario, String url, int status, String text) {
        @Override
        public String toString() {
            return operation.key() + " as " + role + " [" + scenario + "] " + url + " → " + status;
        }
    }

    @Test
    void no_identifiable_value_reaches_a_patient_safety_partner_or_a_coach_through_any_endpoint_they_may_call() {
        OpenAPI api = Contract.root();
        List<ContractOperation> watched = watchedOperations(api);
        assertTrue(!watched.isEmpty(), "No operation of openapi.yaml lists patient-safety-partner or coach: "
                + "is the contract read correctly?");

        World world = createWorld();
        Map<String, TestUser> callers = Map.of(Roles.PATIENT_SAFETY_PARTNER, world.partner,
                Roles.COACH, world.coach);

        List<String> unknownParameters = unfillable(watched, world.own.keySet());
        if (!unknownParameters.isEmpty()) {
            fail("The leak check does not know how to fill these parameters of operations a patient safety partner"
                    + " or a coach may call. Add each name to ids(...) in "
                    + getClass().getSimpleName() + " (given an id of the partner's own group, and of another group):\n  "
                    + String.join("\n  ", unknownParameters));
        }

        List<Call> calls = new ArrayList<>();
        for (ContractOperation op : watched) {
            for (String role : WATCHED_ROLES) {
                calls.addAll(callEveryWay(api, op, role, callers.get(role), world));
            }
        }

        List<String> leaks = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (Call call : calls) {
            if (!EXPECTED_STATUSES.contains(call.status())) {
                unexpected.add(call.toString());
            }
            for (Map.Entry<String, String> needle : world.needles.entrySet()) {
                boolean referenceData = call.operation().path().startsWith("/api/v1/reference/");
                if (needle.getValue().startsWith(PLACE) && referenceData) {
                    continue; // the trust's locations are reference data every role may list
                }
                if (found(needle.getKey(), call.text())) {
                    leaks.add(call + ": " + needle.getValue() + " \"" + needle.getKey() + "\"");
                }
            }
            if (NHS_NUMBER_ANY_GROUPING.matcher(call.text()).find()) {
                leaks.add(call + ": NHS number, in some grouping");
            }
        }

        // Not vacuous: every operation was exercised, and each reached the caller's own data when allowed to.
        List<String> notExercised = new ArrayList<>();
        List<String> ownDataRefused = new ArrayList<>();
        for (ContractOperation op : watched) {
            List<Call> ofOperation = calls.stream().filter(c -> c.operation() == op).toList();
            boolean exercised = ofOperation.stream().anyMatch(c -> c.status() / 100 == 2
                    || (c.status() == 403 && (!op.roles().contains(c.role()) || c.scenario().startsWith("other"))));
            if (!exercised) {
                notExercised.add(op.key() + ": " + ofOperation.stream().map(c -> c.scenario() + "→" + c.status())
                        .toList());
            }
            if (!op.writes()) {
                for (String role : WATCHED_ROLES) {
                    if (!op.roles().contains(role)) {
                        continue;
                    }
                    for (Call own : ofOperation.stream().filter(c -> c.role().equals(role)
                            && c.scenario().startsWith("own")).toList()) {
                        boolean nothingToShow = own.status() == 404 && op.pathParameters().isEmpty();
                        if (own.status() / 100 != 2 && !nothingToShow) {
                            ownDataRefused.add(own.toString());
                        }
                    }
                }
            }
        }

        System.out.printf("Leak check: %d operations, %d calls%n", watched.size(), calls.size());
        watched.forEach(op -> System.out.println("  checked " + op.key() + " " + op.roles()));
        assertTrue(calls.size() >= watched.size() * WATCHED_ROLES.size(), "Too few calls: " + calls.size());
        assertEquals(List.of(), leaks, "Identifiable values reached a patient safety partner or a coach ("
                + leaks.size() + "):\n  " + String.join("\n  ", leaks) + "\n");
        assertEquals(List.of(), unexpected, "Calls with an unexpected status (a 5xx or 401 is a bug):\n  "
                + String.join("\n  ", unexpected) + "\n");
        assertEquals(List.of(), notExercised, "Operations never answered with a success or an expected refusal");
        assertEquals(List.of(), ownDataRefused, "A read the role may make, with the ids of the caller's own group,"
                + " did not succeed, so its data was never checked:\n  " + String.join("\n  ", ownDataRefused));
    }

    @Test
    void the_leak_check_finds_every_spelling_of_the_identifiable_values() {
        Map<String, String> needles = needles();
        List<String> written = new ArrayList<>(SPELLINGS);
        written.addAll(UNKNOWN_SHAPES);
        for (String text : written) {
            assertTrue(needles.keySet().stream().anyMatch(n -> found(n, text))
                    || NHS_NUMBER_ANY_GROUPING.matcher(text).find(), "not caught: " + text);
        }
        for (String text : List.of("Ng's notes", "MEI NG", "19370819", "943/476/5919", "Oak Ward", "+44 7700 900124")) {
            assertTrue(needles.keySet().stream().anyMatch(n -> found(n, text))
                    || NHS_NUMBER_ANY_GROUPING.matcher(text).find(), "not caught: " + text);
        }
        for (String harmless : List.of("nothing ongoing", "falls risk at night", "[withheld] on [withheld]")) {
            assertTrue(needles.keySet().stream().noneMatch(n -> found(n, harmless))
                    && !NHS_NUMBER_ANY_GROUPING.matcher(harmless).find(), "caught harmless text: " + harmless);
        }
    }

    /** A needle found as a whole word (or run of digits), in any case. */
    static boolean found(String needle, String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    @Test
    void an_operation_added_later_for_a_partner_or_a_coach_is_checked_and_one_with_an_unknown_parameter_is_refused() {
        OpenAPI api = Contract.parseContents("""
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /api/v1/oversight-groups/{groupId}/things/{thingId}:
                    get:
                      x-psirf-roles: [patient-safety-specialist, patient-safety-partner]
                      parameters:
                        - {name: groupId, in: path, required: true, schema: {type: string}}
                        - {name: thingId, in: path, required: true, schema: {type: string}}
                        - {name: period, in: query, required: true, schema: {type: string}}
                      responses: {'200': {description: ok}}
                  /api/v1/coaching/sessions:
                    post:
                      x-psirf-roles: [coach]
                      responses: {'201': {description: ok}}
                  /api/v1/events:
                    get:
                      x-psirf-roles: [patient-safety-specialist]
                      responses: {'200': {description: ok}}
                """);
        List<ContractOperation> watched = watchedOperations(api);
        assertEquals(List.of("POST /api/v1/coaching/sessions", "GET /api/v1/oversight-groups/{groupId}/things/{thingId}"),
                watched.stream().map(ContractOperation::key).toList());
        assertEquals(List.of("GET /api/v1/oversight-groups/{groupId}/things/{thingId}: path parameter {thingId}",
                        "GET /api/v1/oversight-groups/{groupId}/things/{thingId}: required query parameter period"),
                unfillable(watched, Set.of("groupId")));
    }

    /** The path and required query parameters the test cannot fill, as "METHOD /path: parameter". */
    static List<String> unfillable(List<ContractOperation> operations, Set<String> known) {
        List<String> unknown = new ArrayList<>();
        for (ContractOperation op : operations) {
            for (String name : op.pathParameters()) {
                if (!known.contains(name)) {
                    unknown.add(op.key() + ": path parameter {" + name + "}");
                }
            }
            for (Parameter query : op.queryParameters()) {
                if (Boolean.TRUE.equals(query.getRequired()) && !known.contains(query.getName())) {
                    unknown.add(op.key() + ": required query parameter " + query.getName());
                }
            }
        }
        return unknown;
    }

    /** Every operation listing a watched role, with its path and required query parameters. */
    static List<ContractOperation> watchedOperations(OpenAPI api) {
        List<ContractOperation> operations = new ArrayList<>();
        new TreeMap<>(api.getPaths()).forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Set<String> roles = roles(operation);
            if (WATCHED_ROLES.stream().noneMatch(roles::contains)) {
                return;
            }
            List<String> pathParameters = new ArrayList<>();
            Matcher matcher = PATH_PARAMETER.matcher(path);
            while (matcher.find()) {
                pathParameters.add(matcher.group(1));
            }
            List<Parameter> query = new ArrayList<>();
            for (Parameter parameter : Contract.parameters(api, item, operation)) {
                if ("query".equals(parameter.getIn())) {
                    query.add(parameter);
                }
            }
            operations.add(new ContractOperation(method.name(), path, operation, roles, pathParameters, query));
        }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> roles(Operation operation) {
        Object roles = operation.getExtensions() == null ? null : operation.getExtensions().get("x-psirf-roles");
        return roles == null ? Set.of() : new LinkedHashSet<>((List<String>) roles);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Calling an operation every way

    private List<Call> callEveryWay(OpenAPI api, ContractOperation op, String role, TestUser user, World world) {
        List<Call> calls = new ArrayList<>();
        Map<String, Map<String, String>> scenarios = new LinkedHashMap<>();
        scenarios.put("own ids", world.own);
        if (!op.pathParameters().isEmpty()) {
            scenarios.put("other group's ids", world.outside);
            Map<String, String> unknown = new LinkedHashMap<>();
            Map<String, String> malformed = new LinkedHashMap<>();
            world.own.keySet().forEach(k -> {
                unknown.put(k, UUID.randomUUID().toString());
                malformed.put(k, "not-an-id");
            });
            scenarios.put("unknown ids", unknown);
            scenarios.put("malformed ids", malformed);
        }
        for (Map.Entry<String, Map<String, String>> scenario : scenarios.entrySet()) {
            String url = url(op, scenario.getValue(), world.own);
            if (op.writes()) {
                Object plausible = plausibleBody(api, op.operation().getRequestBody(), world.own);
                calls.add(call(op, role, scenario.getKey() + ", plausible body", user, url, plausible, null));
                if (scenario.getKey().startsWith("own")) {
                    calls.add(call(op, role, "own ids, malformed JSON", user, url, "{\"unclosed\": ", null));
                    calls.add(call(op, role, "own ids, wrong shape", user, url,
                            Map.of("unexpected", List.of("leak check")), null));
                }
            } else {
                for (String accept : acceptedTypes(op.operation())) {
                    calls.add(call(op, role, scenario.getKey() + ", accept " + accept, user, url, null, accept));
                }
                if (scenario.getKey().startsWith("own")) {
                    calls.addAll(withEachOptionalEnum(api, op, role, user, url));
                }
            }
        }
        return calls;
    }

    /** Lists and exports filtered by an optional code (a status, a format): each code is tried once. */
    private List<Call> withEachOptionalEnum(OpenAPI api, ContractOperation op, String role, TestUser user,
                                            String url) {
        List<Call> calls = new ArrayList<>();
        for (Parameter parameter : op.queryParameters()) {
            if (Boolean.TRUE.equals(parameter.getRequired())) {
                continue;
            }
            Schema<?> schema = resolve(api, parameter.getSchema());
            if (schema == null || schema.getEnum() == null) {
                continue;
            }
            for (Object value : schema.getEnum()) {
                String withValue = url + (url.contains("?") ? "&" : "?") + parameter.getName() + "="
                        + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
                calls.add(call(op, role, "own ids, " + parameter.getName() + "=" + value, user, withValue, null, "*/*"));
            }
        }
        return calls;
    }

    private static String url(ContractOperation op, Map<String, String> ids, Map<String, String> own) {
        String url = op.path();
        for (String name : op.pathParameters()) {
            url = url.replace("{" + name + "}", URLEncoder.encode(ids.get(name), StandardCharsets.UTF_8));
        }
        List<String> query = new ArrayList<>();
        for (Parameter parameter : op.queryParameters()) {
            if (Boolean.TRUE.equals(parameter.getRequired())) {
                query.add(parameter.getName() + "=" + URLEncoder.encode(own.get(parameter.getName()),
                        StandardCharsets.UTF_8));
            }
        }
        return query.isEmpty() ? url : url + "?" + String.join("&", query);
    }

    private static List<String> acceptedTypes(Operation operation) {
        Set<String> types = new LinkedHashSet<>();
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getContent() != null) {
                    types.addAll(response.getContent().keySet());
                }
            });
        }
        if (types.isEmpty()) {
            types.add("*/*");
        }
        return new ArrayList<>(types);
    }

    private static Call call(ContractOperation op, String role, String scenario, TestUser user, String url,
                             Object body, String accept) {
        RequestSpecification request = RestAssured.given().urlEncodingEnabled(false)
                .header("Authorization", user.bearer())
                .header("Accept", accept == null ? "application/json, application/problem+json, */*" : accept);
        if (body != null) {
            request = body instanceof String text ? request.contentType(ContentType.JSON).body(text)
                    : request.contentType(ContentType.JSON).body(body);
        }
        Response response = request.request(Method.valueOf(op.method()), url);
        StringBuilder text = new StringBuilder(response.getStatusLine()).append('\n');
        for (Header header : response.getHeaders()) {
            text.append(header.getName()).append(": ").append(header.getValue()).append('\n');
        }
        text.append(response.asString());
        return new Call(op, role, scenario, url, response.getStatusCode(), text.toString());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Plausible request bodies, from the contract: its example when there is one, otherwise built from the schema

    private static Object plausibleBody(OpenAPI api, RequestBody requestBody, Map<String, String> ids) {
        if (requestBody == null || requestBody.getContent() == null) {
            return null;
        }
        MediaType json = requestBody.getContent().get("application/json");
        if (json == null) {
            return "leak check";
        }
        if (json.getExample() != null) {
            return json.getExample();
        }
        return sample(api, json.getSchema(), null, ids, 0);
    }

    private static Object sample(OpenAPI api, Schema<?> given, String property, Map<String, String> ids, int depth) {
        Schema<?> schema = resolve(api, given);
        if (schema == null || depth > 6) {
            return null;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getAllOf() != null) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Schema<?> part : schema.getAllOf()) {
                if (sample(api, part, property, ids, depth + 1) instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> merged.put(String.valueOf(k), v));
                }
            }
            return merged;
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return sample(api, schema.getOneOf().get(0), property, ids, depth + 1);
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getTypes() != null && !schema.getTypes().isEmpty() ? schema.getTypes().iterator().next()
                : schema.getProperties() != null ? "object" : "string";
        switch (type) {
            case "object": {
                Map<String, Object> object = new LinkedHashMap<>();
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((name, child) -> {
                        Object value = sample(api, child, name, ids, depth + 1);
                        if (value != null) {
                            object.put(name, value);
                        }
                    });
                }
                return object;
            }
            case "array": {
                Object item = sample(api, schema.getItems(), property, ids, depth + 1);
                return item == null ? List.of() : List.of(item);
            }
            case "integer":
                return schema.getMinimum() != null ? schema.getMinimum().longValue() : 0L;
            case "number":
                return schema.getMinimum() != null ? schema.getMinimum() : 1;
            case "boolean":
                return Boolean.FALSE;
            default:
                break;
        }
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        switch (format) {
            case "uuid":
                return property != null && ids.containsKey(property) ? ids.get(property) : UUID.randomUUID().toString();
            case "date":
                return LocalDate.now(UK).toString();
            case "date-time":
                return Instant.now().toString();
            default:
                return "Leak check text";
        }
    }

    private static Schema<?> resolve(OpenAPI api, Schema<?> schema) {
        Schema<?> current = schema;
        for (int i = 0; current != null && current.get$ref() != null && i < 10; i++) {
            String ref = current.get$ref();
            current = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The data: two groups, each with an event, a decision, a learning response, a plan and an action

    /** Everything the calls need: the users, the ids of the partner's own group and of another group, the needles. */
    static final class World {
        TestUser partner;
        TestUser coach;
        final Map<String, String> own = new LinkedHashMap<>();
        final Map<String, String> outside = new LinkedHashMap<>();
        final Map<String, String> needles = needles();
    }

    /** Each identifiable value in each spelling it may take, with what it is. */
    static Map<String, String> needles() {
        Map<String, String> needles = new LinkedHashMap<>();
        needles.put(PATIENT_NAME, "patient name");
        for (String word : PATIENT_NAME.split(" ")) {
            needles.put(word, "word of the patient's name");
        }
        needles.put(NHS_NUMBER, "NHS number");
        needles.put(NHS_NUMBER.substring(0, 3) + " " + NHS_NUMBER.substring(3, 6) + " " + NHS_NUMBER.substring(6),
                "NHS number (spaced)");
        needles.put(NHS_NUMBER.substring(0, 3) + "-" + NHS_NUMBER.substring(3, 6) + "-" + NHS_NUMBER.substring(6),
                "NHS number (hyphenated)");
        for (String pattern : List.of("yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "d MMMM yyyy",
                "d MMM yyyy", "MMMM d, yyyy", "ddMMyyyy", "yyyyMMdd")) {
            needles.put(DATE_OF_BIRTH.format(DateTimeFormatter.ofPattern(pattern, Locale.UK)), "date of birth");
        }
        needles.put(ADDRESS, "address");
        needles.put("Wrenfield", "part of the address");
        needles.put("Ambridgeton", "part of the address");
        needles.put(REPORTER, "reporter's name");
        for (String word : REPORTER.split(" ")) {
            needles.put(word, "word of the reporter's name");
        }
        for (String name : STAFF_INVOLVED) {
            needles.put(name, "name of staff involved");
            needles.put(name.substring(name.indexOf(' ') + 1), "surname of staff involved");
        }
        needles.put("Florian", "first name of staff involved");
        needles.put(LEAD, "name of the response's lead");
        for (String word : LEAD.split(" ")) {
            needles.put(word, "word of the lead's name");
        }
        for (String spelling : List.of("943.476.5919", "943/476/5919", "94 34 76 59 19", "9434 765 919")) {
            needles.put(spelling, "NHS number (other grouping)");
        }
        for (String pattern : List.of("dd MM yyyy", "d/M/yy", "d.M.yy", "yyyy/MM/dd", "d'th' MMMM yyyy",
                "d MMM yy")) {
            needles.put(DATE_OF_BIRTH.format(DateTimeFormatter.ofPattern(pattern, Locale.UK)), "date of birth");
        }
        needles.put("Wrenfield Cres", "part of the address (abbreviated)");
        for (String name : List.of(SHORT_SURNAME_STAFF, PANEL_MEMBER, DRAFT_READER, SUPPORTED_STAFF, LINE_MANAGER,
                REVIEWER, CANDOUR_BY, CANDOUR_TO, BEING_FAIR_STAFF, NAMED_CONTACT)) {
            needles.put(name, "name held about the response");
            for (String word : name.split(" ")) {
                needles.put(word, "word of a name held about the response");
            }
        }
        for (String place : PLACES) {
            needles.put(place, PLACE + ": the trust's location of the event");
        }
        for (String shape : UNKNOWN_SHAPES) {
            needles.put(shape, "identifier shape nobody recorded");
        }
        return needles;
    }

    private World createWorld() {
        World world = new World();
        TestUser pat = Users.specialist();
        TestUser chris = Users.chiefNurse();
        TestUser reporter = Tokens.user(REPORTER, Roles.STAFF);
        TestUser lead = Tokens.user(LEAD, Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF);
        String leadPerson = leads.qualifiedPerson(lead);

        world.partner = PeopleRows.uniqueUser("Priya Partner", Roles.PATIENT_SAFETY_PARTNER);
        String partnerPerson = people.personFor(world.partner);
        world.coach = PeopleRows.uniqueUser("Cara Coach", Roles.COACH);
        String coachPerson = people.personFor(world.coach);
        String otherPartnerPerson = people.personFor(PeopleRows.uniqueUser("Omar Partner",
                Roles.PATIENT_SAFETY_PARTNER));

        Fixture mine = fixture(pat, chris, reporter, leadPerson, "A");
        Fixture theirs = fixture(pat, chris, reporter, leadPerson, "B");
        UUID myGroup = group(pat, "Leak check committee A " + UUID.randomUUID());
        UUID otherGroup = group(pat, "Leak check committee B " + UUID.randomUUID());
        member(pat, myGroup, partnerPerson, "Patient safety partner");
        member(pat, otherGroup, otherPartnerPerson, "Patient safety partner");
        member(pat, otherGroup, leadPerson, "Learning response lead");
        UUID myPlan = planAndAction(pat, mine, myGroup, leadPerson);
        UUID otherPlan = planAndAction(pat, theirs, otherGroup, leadPerson);
        summaryForOversight(pat, myGroup, mine);
        summaryForOversight(pat, otherGroup, theirs);

        // The named supporting individual is someone the partner knows: their name is the partner's to see.
        String supporter = people.personFor(PeopleRows.uniqueUser("Sue Supporter", Roles.STAFF));
        String myEntry = register(pat, partnerPerson, supporter);
        String otherEntry = register(pat, otherPartnerPerson, supporter);
        supervise(pat, myEntry, supporter);
        supervise(pat, otherEntry, supporter);
        String planVersion = approvedPlanVersion(pat, chris);

        world.own.putAll(ids(mine, myGroup, myPlan, myEntry, partnerPerson, planVersion));
        world.outside.putAll(ids(theirs, otherGroup, otherPlan, otherEntry, otherPartnerPerson, planVersion));
        world.own.putAll(programmes(pat, coachPerson, true));
        world.outside.putAll(programmes(pat, coachPerson, false));
        world.own.putAll(qiProject(world.coach, coachPerson, mine.actionId, "A plain aim for the ward"));
        TestUser otherCoach = PeopleRows.uniqueUser("Colin Coach", Roles.COACH);
        world.outside.putAll(qiProject(otherCoach, people.personFor(otherCoach), theirs.actionId, EVERY_SPELLING));
        world.own.putAll(coaching(world.coach, "Choosing a measure for falls"));
        world.outside.putAll(coaching(otherCoach, EVERY_SPELLING));
        return world;
    }

    /**
     * An agreed coaching contract of the coach (already on the register) with a team, and a session recorded; the
     * other coach's session has every spelling in its topic.
     */
    private Map<String, String> coaching(TestUser coach, String topic) {
        TestUser contact = PeopleRows.uniqueUser("Sam Staff", Roles.STAFF);
        String contractId = Api.as(coach).contentType(ContentType.JSON).body(Map.of("coacheeKind", "team",
                        "coacheePersonId", people.personFor(contact), "teamName", "Leak check team", "aims",
                        List.of("share-knowledge"), "onQiCourse", false))
                .post("/api/v1/coaching/contracts").then().statusCode(201).extract().path("id");
        Api.as(coach).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/v1/coaching/contracts/" + contractId + "/acceptances").then().statusCode(200);
        Api.as(contact).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post("/api/v1/coaching/contracts/" + contractId + "/acceptances").then().statusCode(200);
        String recordId = Api.as(coach).contentType(ContentType.JSON).body(Map.of("heldOn",
                        LocalDate.now(UK).minusDays(7).toString(), "mode", "in-person", "startsAt", "14:00",
                        "finishesAt", "15:00", "topic", topic))
                .post("/api/v1/coaching/contracts/" + contractId + "/records").then().statusCode(201)
                .extract().path("records[0].id");
        return Map.of("contractId", contractId, "recordId", recordId);
    }

    /**
     * A QI project the coach (enrolled on the register) starts and coaches, delivering a safety action whose title
     * names the patient (only the action's reference and status may reach the coach), with a measure. The other
     * coach's project has every spelling in its aim.
     */
    private Map<String, String> qiProject(TestUser coach, String coachPerson, UUID actionId, String aim) {
        String coachId = QuarkusTransaction.requiringNew().call(() -> coaches.enrol(new NewCoach(
                UUID.fromString(coachPerson), "lived-experience", null, LocalDate.now(UK).minusMonths(6)),
                new Stamp("leak-check", "Leak check", Instant.now())).id().toString());
        String sponsor = people.personFor(PeopleRows.uniqueUser("Sasha Sponsor", Roles.STAFF));
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("title", "Leak check project");
        project.put("aim", aim);
        project.put("sponsorPersonId", sponsor);
        project.put("startedOn", LocalDate.now(UK).minusMonths(2).toString());
        project.put("teamPersonIds", List.of());
        project.put("coachIds", List.of(coachId));
        project.put("safetyActionIds", List.of(actionId.toString()));
        project.put("drivers", List.of());
        String projectId = Api.as(coach).contentType(ContentType.JSON).body(project).post("/api/v1/qi-projects")
                .then().statusCode(201).extract().path("id");
        String measureId = Api.as(coach).contentType(ContentType.JSON).body(Map.of("kind", "outcome", "name",
                        "Missed doses", "definition", "Doses missed a week", "unit", "doses a week", "direction",
                        "decrease", "baselinePoints", 10))
                .post("/api/v1/qi-projects/" + projectId + "/measures").then().statusCode(201)
                .extract().path("measures[0].id");
        return Map.of("projectId", projectId, "measureId", measureId, "coachId", coachId);
    }

    /**
     * A programme session (the coach attended the own one), a file material, and a community of practice with a
     * meeting: the coach is the own community's only member; the other community's notes carry every spelling.
     */
    private static Map<String, String> programmes(TestUser pat, String coachPerson, boolean coachTakesPart) {
        Map<String, String> ids = new LinkedHashMap<>();
        String programme = coachTakesPart ? "7b7c1c5e-40a1-4c7e-9a11-0e7a2a0b0001" : "7b7c1c5e-40a1-4c7e-9a11-0e7a2a0b0002";
        ids.put("programmeId", programme);
        String session = Api.as(pat).contentType(ContentType.JSON).body(Map.of("heldOn",
                        LocalDate.now(UK).minusDays(1).toString(), "startsAt", "09:30", "endsAt", "12:30", "online", true,
                        "facilitator", "Leak check facilitator"))
                .post("/api/v1/programmes/" + programme + "/sessions").then().statusCode(201).extract().path("id");
        if (coachTakesPart) {
            Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 0, "attendees",
                            List.of(Map.of("personId", coachPerson, "status", "attended"))))
                    .put("/api/v1/programme-sessions/" + session + "/attendance").then().statusCode(200);
        }
        ids.put("sessionId", session);
        ids.put("materialId", Api.as(pat).contentType(ContentType.JSON).body(Map.of("title", "Leak check pack",
                        "file", Map.of("fileName", "pack.txt", "contentType", "text/plain", "contentBase64",
                                java.util.Base64.getEncoder().encodeToString("A training pack".getBytes(StandardCharsets.UTF_8)))))
                .post("/api/v1/programmes/" + programme + "/materials").then().statusCode(201).extract().path("id"));
        String community = Api.as(pat).contentType(ContentType.JSON).body(Map.of("name", "Leak check community "
                                + UUID.randomUUID(), "purpose", "Learning together",
                        "memberPersonIds", coachTakesPart ? List.of(coachPerson) : List.of()))
                .post("/api/v1/communities-of-practice").then().statusCode(201).extract().path("id");
        ids.put("communityId", community);
        ids.put("meetingId", Api.as(pat).contentType(ContentType.JSON).body(Map.of("kind", "meeting", "heldOn",
                        LocalDate.now(UK).toString(), "notes", coachTakesPart ? "What we learnt together" : EVERY_SPELLING))
                .post("/api/v1/communities-of-practice/" + community + "/meetings").then().statusCode(201)
                .extract().path("meetings[0].id"));
        return ids;
    }

    /** The value of each path parameter the test knows, for one group's records. */
    private static Map<String, String> ids(Fixture fixture, UUID group, UUID plan, String partnerEntry,
                                           String partnerPerson, String planVersion) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("groupId", group.toString());
        ids.put("responseId", fixture.responseId);
        ids.put("planId", plan.toString());
        ids.put("actionId", fixture.actionId.toString());
        ids.put("partnerId", partnerEntry);
        ids.put("eventId", fixture.eventId);
        ids.put("decisionId", fixture.decisionId);
        ids.put("personAffectedId", fixture.personAffectedId);
        ids.put("personId", partnerPerson);
        ids.put("memberId", partnerPerson);
        ids.put("caseId", UUID.randomUUID().toString());
        ids.put("notificationId", UUID.randomUUID().toString());
        ids.put("versionId", planVersion);
        // Coaching holds no incident data; ids nobody holds still check its 403/404 answers.
        return ids;
    }

    private static final class Fixture {
        String eventId;
        String decisionId;
        String responseId;
        String personAffectedId;
        UUID actionId;
    }

    /** An event naming everyone, decided, approved, worked on and engaged with, every text naming them again. */
    private Fixture fixture(TestUser pat, TestUser chris, TestUser reporter, String leadPerson, String label) {
        Fixture fixture = new Fixture();
        Map<String, Object> report = Reports.valid();
        @SuppressWarnings("unchecked")
        Map<String, Object> patient = (Map<String, Object>) report.get("patient");
        patient.put("name", PATIENT_NAME);
        patient.put("nhsNumber", NHS_NUMBER);
        patient.put("dateOfBirth", DATE_OF_BIRTH.toString());
        patient.put("address", ADDRESS);
        report.put("locationCode", LOCATION_CODE);
        report.put("whatHappened", NARRATIVE + " " + EVERY_SPELLING);
        report.put("immediateActions", REPORTER + " called the tissue viability nurse for " + PATIENT_NAME + ". "
                + EVERY_SPELLING);
        report.put("staffInvolved", List.of(
                Map.of("role", "District nurse", "name", STAFF_INVOLVED.get(0), "staffType", 5),
                Map.of("role", "Healthcare assistant", "name", STAFF_INVOLVED.get(1), "staffType", 5),
                Map.of("role", TINY_SPELLINGS, "name", SHORT_SURNAME_STAFF, "staffType", 5)));
        fixture.eventId = Reports.file(reporter, report);
        String event = "/api/v1/events/" + fixture.eventId;
        Map<String, Object> triage = new LinkedHashMap<>(Map.of("version", eventVersion(pat, fixture.eventId),
                "status", "in-triage", "categoryCode", "pressure-ulcer", "physicalHarm", report.get("physicalHarm"),
                "psychologicalHarm", report.get("psychologicalHarm"), "note", EVERY_SPELLING));
        Api.as(pat).contentType(ContentType.JSON).body(triage).put(event + "/triage").then().statusCode(200);
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("kind", "first-hand-account", "title",
                        SHORT_SPELLINGS, "text", "Account of " + PATIENT_NAME + "'s care. " + EVERY_SPELLING))
                .post(event + "/documents").then().statusCode(201);

        Map<String, Object> decision = PanelDecisions.forEvent(fixture.eventId, "after-action-review");
        decision.put("minutes", "Panel " + label + " heard " + STAFF_INVOLVED.get(0) + " about " + PATIENT_NAME
                + ", born 19/08/1937. " + EVERY_SPELLING);
        decision.put("rationale", "Learning from the care of " + PATIENT_NAME + " (" + NHS_NUMBER + "). "
                + EVERY_SPELLING);
        decision.put("departureRationale", EVERY_SPELLING);
        decision.put("leadOrganisation", SHORT_SPELLINGS);
        @SuppressWarnings("unchecked")
        List<Object> members = new ArrayList<>((List<Object>) decision.get("panelMembers"));
        members.add(PanelDecisions.member(People.add(PANEL_MEMBER), false));
        decision.put("panelMembers", members);
        fixture.decisionId = PanelDecisions.record(pat, decision);
        fixture.responseId = Api.as(chris).contentType(ContentType.JSON).body(Map.of("version", 0,
                        "comment", EVERY_SPELLING))
                .post(PanelDecisions.DECISIONS + "/" + fixture.decisionId + "/chair-approval")
                .then().statusCode(200).extract().path("response.id");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", eventVersion(pat, fixture.eventId),
                "learning", "What we learnt from " + PATIENT_NAME + "'s care. " + EVERY_SPELLING))
                .put(event + "/feedback").then().statusCode(200);
        investigation.assignLead(fixture.responseId, leadPerson);

        String work = PanelDecisions.RESPONSES + "/" + fixture.responseId + "/investigation";
        int version = Api.as(pat).get(work).then().statusCode(200).extract().path("version");
        version = Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version, "text",
                        "Terms for " + EVERY_SPELLING, "affectedInput", List.of(Map.of("who", PATIENT_NAME,
                                "declined", false, "summary", EVERY_SPELLING))))
                .put(work + "/terms-of-reference").then().statusCode(200).extract().path("version");
        version = Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version, "entries", List.of(
                        Map.of("at", "2026-11-02T08:00:00Z", "what", PATIENT_NAME + " admitted from " + ADDRESS,
                                "source", "Notes by " + STAFF_INVOLVED.get(0)),
                        Map.of("at", "2026-11-02T09:00:00Z", "what", EVERY_SPELLING, "source", "Chart"),
                        Map.of("at", "2026-11-03T22:00:00Z", "what", STAFF_INVOLVED.get(1)
                                + " did not complete the chart for NHS 943 476 5919", "source", "Chart"))))
                .put(work + "/chronology").then().statusCode(200).extract().path("version");
        version = Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version, "accounts", List.of(
                        Map.of("role", "District nurse", "takenOn", LocalDate.now(UK).toString(),
                                "name", SHORT_SPELLINGS, "account", "I, " + STAFF_INVOLVED.get(0) + ", found " + PATIENT_NAME + ". "
                                        + EVERY_SPELLING))))
                .put(work + "/accounts").then().statusCode(200).extract().path("version");
        version = Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version,
                        "findings", List.of(NARRATIVE, LEAD + " found that " + STAFF_INVOLVED.get(1)
                                + " worked alone."),
                        "areasForImprovement", List.of("Support " + STAFF_INVOLVED.get(0) + " with a second nurse.",
                                EVERY_SPELLING)))
                .put(work + "/findings").then().statusCode(200).extract().path("version");
        version = Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version, "factors", List.of(
                        Map.of("category", "tasks", "description", EVERY_SPELLING))))
                .put(work + "/contributory-factors").then().statusCode(200).extract().path("version");
        version = Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version, "sharings", List.of(
                        Map.of("name", DRAFT_READER, "relationship", "family", "sharedOn",
                                LocalDate.now(UK).toString(), "comments", EVERY_SPELLING))))
                .put(work + "/draft-sharing").then().statusCode(200).extract().path("version");
        version = Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version, "summary",
                        "Report on the care of " + PATIENT_NAME + ", " + DATE_OF_BIRTH + ", " + ADDRESS + ". "
                                + EVERY_SPELLING))
                .put(work + "/report-summary").then().statusCode(200).extract().path("version");
        Api.as(chris).contentType(ContentType.JSON).body(Map.of("version", version,
                        "overseerPersonId", investigation.trainedOverseer(), "signedOffOn", LocalDate.now(UK).toString(),
                        "comment", EVERY_SPELLING))
                .post(work + "/sign-off").then().statusCode(200);

        String response = PanelDecisions.RESPONSES + "/" + fixture.responseId;
        fixture.personAffectedId = Api.as(pat).contentType(ContentType.JSON).body(Map.of("kind", "patient",
                        "name", PATIENT_NAME, "namedContactName", NAMED_CONTACT,
                        "preferredContactMethod", "Letter to " + ADDRESS,
                        "accessAndSupportNeeds", EVERY_SPELLING, "involvement", List.of("findings")))
                .post(response + "/people-affected")
                .then().statusCode(201).extract().path("id");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("contactedOn", LocalDate.now(UK).toString(),
                        "method", SHORT_SPELLINGS, "stage", "initial", "notes", EVERY_SPELLING,
                        "checklist", List.of(Map.of("code", "su-initial-introduce-self", "done", true,
                                "note", EVERY_SPELLING))))
                .post(response + "/people-affected/" + fixture.personAffectedId + "/contacts")
                .then().statusCode(201);
        String lineManager = people.personFor(PeopleRows.uniqueUser(LINE_MANAGER, Roles.STAFF));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("staffName", SUPPORTED_STAFF, "staffRole",
                        SHORT_SPELLINGS, "lineManager", Map.of("personId", lineManager),
                        "reviewer", Map.of("name", REVIEWER), "signposting", EVERY_SPELLING,
                        "steps", List.of(Map.of("code", "immediate-needs", "doneOn", LocalDate.now(UK).toString(),
                                "note", EVERY_SPELLING))))
                .post(response + "/staff-support").then().statusCode(201);
        int responseVersion = Api.as(pat).get(response).then().statusCode(200).extract().path("version");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", responseVersion,
                        "newTargetOn", LocalDate.now(UK).plusMonths(5).toString(), "reason", EVERY_SPELLING,
                        "agreedBy", List.of(Map.of("personAffectedId", fixture.personAffectedId))))
                .post(response + "/extensions").then().statusCode(200);
        String candour = "/api/v1/candour/events/" + fixture.eventId;
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 0, "notifiable", true,
                        "prolongedPsychologicalHarm", false, "reason", EVERY_SPELLING))
                .put(candour + "/decision").then().statusCode(200);
        // A step is recorded as done (date, by, to) or as not done with a reason: group A's verbal step is done,
        // group B's is not.
        Map<String, Object> steps = new LinkedHashMap<>(Map.of("version", 1, "writtenNotDoneReason", EVERY_SPELLING,
                "findingsNotDoneReason", EVERY_SPELLING));
        if (label.equals("A")) {
            steps.putAll(Map.of("verbalNotifiedOn", LocalDate.now(UK).toString(), "verbalNotifiedBy", CANDOUR_BY,
                    "verbalNotifiedTo", CANDOUR_TO));
        } else {
            steps.put("verbalNotDoneReason", EVERY_SPELLING);
        }
        Api.as(pat).contentType(ContentType.JSON).body(steps).put(candour + "/steps").then().statusCode(200);
        TestUser specialist = PeopleRows.uniqueUser("Pat Specialist", Roles.PATIENT_SAFETY_SPECIALIST, Roles.STAFF);
        people.personFor(specialist);
        TestUser workforceUser = PeopleRows.uniqueUser("Wes Workforce", Roles.WORKFORCE_PARTNER, Roles.STAFF);
        String workforce = people.personFor(workforceUser);
        String beingFair = "/api/v1/being-fair/" + Api.as(specialist).contentType(ContentType.JSON).body(Map.of(
                        "responseId", fixture.responseId, "staffName", BEING_FAIR_STAFF, "staffJobRole", SHORT_SPELLINGS,
                        "jointUser", Map.of("personId", workforce)))
                .post("/api/v1/being-fair").then().statusCode(201).extract().path("id");
        Api.as(workforceUser).post(beingFair + "/join").then().statusCode(200);
        int fairVersion = Api.as(specialist).get(beingFair).then().statusCode(200).extract().path("version");
        fairVersion = Api.as(specialist).contentType(ContentType.JSON).body(Map.of("version", fairVersion,
                        "whoIsHurt", EVERY_SPELLING, "whatTheyNeed", EVERY_SPELLING,
                        "whoseResponsibility", EVERY_SPELLING))
                .put(beingFair + "/considerations").then().statusCode(200).extract().path("version");
        Api.as(workforceUser).contentType(ContentType.JSON).body(Map.of("version", fairVersion,
                        "question", "relates-to-incident", "answer", "yes"))
                .post(beingFair + "/answers").then().statusCode(200);

        responseVersion = Api.as(pat).get(response).then().statusCode(200).extract().path("version");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", responseVersion, "leadPersonId", leadPerson, "members", List.of(
                        Map.of("personId", workforce, "teamRole", SHORT_SPELLINGS))))
                .put(response + "/team").then().statusCode(200);
        responseVersion = Api.as(pat).get(response).then().statusCode(200).extract().path("version");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", responseVersion,
                        "otherOrganisations", List.of(Map.of("name", SHORT_SPELLINGS)),
                        "leadOrganisation", SHORT_SPELLINGS))
                .put(response + "/external-notifications").then().statusCode(200);
        responseVersion = Api.as(pat).get(response).then().statusCode(200).extract().path("version");
        responseVersion = Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", responseVersion,
                        "startedOn", LocalDate.now(UK).toString(), "reason", EVERY_SPELLING))
                .post(response + "/pauses").then().statusCode(200).extract().path("version");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", responseVersion,
                        "resumedOn", LocalDate.now(UK).toString()))
                .post(response + "/resumption").then().statusCode(200);
        return fixture;
    }

    private static int eventVersion(TestUser pat, String eventId) {
        return Api.as(pat).get("/api/v1/events/" + eventId).then().statusCode(200).extract().path("version");
    }

    /** A group whose purpose, which its partners read, carries every spelling too. */
    private static UUID group(TestUser pat, String name) {
        return UUID.fromString(Api.as(pat).contentType(ContentType.JSON).body(Map.of("name", name,
                        "purpose", "Oversees pressure ulcer learning. " + EVERY_SPELLING))
                .post("/api/v1/oversight-groups").then().statusCode(201).extract().path("id"));
    }

    /** A member of the group, whose role in it (at most 200 characters: the shorter needles) names everyone. */
    private static void member(TestUser pat, UUID group, String personId, String role) {
        String path = "/api/v1/oversight-groups/" + group;
        int version = Api.as(pat).get(path).then().statusCode(200).extract().path("version");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version, "personId", personId,
                        "groupRole", role + ", " + SHORT_SPELLINGS))
                .post(path + "/members").then().statusCode(200);
    }

    /**
     * A plan of the group gathering the response, and a safety action of both, agreed, in progress and reviewed: every
     * text of them names everyone (the plan's scope and QI link, at most 200 and 500 characters, the shorter needles).
     */
    private static UUID planAndAction(TestUser pat, Fixture fixture, UUID group, String ownerPerson) {
        String planId = Api.as(pat).contentType(ContentType.JSON).body(Map.of("title",
                        "Pressure ulcers after " + PATIENT_NAME, "scope", "theme", "scopeDetail", SHORT_SPELLINGS,
                        "summary", NARRATIVE + " Owned with " + STAFF_INVOLVED.get(1) + ". " + EVERY_SPELLING,
                        "qiProjectLink", SHORT_SPELLINGS, "ownerPersonId", ownerPerson,
                        "reviewOn", LocalDate.now(UK).plusDays(90).toString()))
                .post("/api/v1/improvement-plans").then().statusCode(201).extract().path("id");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("responseId", fixture.responseId))
                .post("/api/v1/improvement-plans/" + planId + "/responses").then().statusCode(200);
        String groupPath = "/api/v1/oversight-groups/" + group;
        int groupVersion = Api.as(pat).get(groupPath).then().statusCode(200).extract().path("version");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", groupVersion))
                .put(groupPath + "/improvement-plans/" + planId).then().statusCode(200);

        String action = "/api/v1/safety-actions/" + Api.as(pat).contentType(ContentType.JSON).body(Map.of(
                        "title", "Second nurse for " + PATIENT_NAME + "'s ward",
                        "description", "After " + STAFF_INVOLVED.get(0) + " found " + PATIENT_NAME + " (NHS "
                                + NHS_NUMBER + ", born " + DATE_OF_BIRTH + ") at " + ADDRESS + ". " + EVERY_SPELLING,
                        "source", "response", "responseId", fixture.responseId, "planId", planId,
                        "ownerPersonId", ownerPerson, "dueOn", LocalDate.now(UK).plusMonths(3).toString(),
                        "measures", List.of("No repeat for patients like " + PATIENT_NAME + ", "
                                + String.join(", ", UNKNOWN_SHAPES), EVERY_SPELLING)))
                .post("/api/v1/safety-actions").then().statusCode(201).extract().path("summary.id");
        fixture.actionId = UUID.fromString(action.substring(action.lastIndexOf('/') + 1));
        int version = Api.as(pat).get(action).then().statusCode(200).extract().path("version");
        version = Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version))
                .post(action + "/agreement").then().statusCode(200).extract().path("version");
        version = Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version, "status", "in-progress",
                        "note", STAFF_INVOLVED.get(1) + " talked to " + REPORTER + " about " + PATIENT_NAME + ". "
                                + EVERY_SPELLING))
                .post(action + "/progress").then().statusCode(201).extract().path("version");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version,
                        "reviewedOn", LocalDate.now(UK).toString(), "outcome", "partly-effective",
                        "evidence", EVERY_SPELLING))
                .post(action + "/effectiveness-reviews").then().statusCode(201);
        return UUID.fromString(planId);
    }

    /** The patient safety team writes every spelling into the summary for oversight, which partners read. */
    private static void summaryForOversight(TestUser pat, UUID group, Fixture fixture) {
        String path = "/api/v1/oversight-groups/" + group;
        int version = Api.as(pat).get(path).then().statusCode(200).extract().path("version");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version, "summary",
                        "The learning is about repositioning at night. " + EVERY_SPELLING))
                .put(path + "/responses/" + fixture.responseId).then().statusCode(200);
    }

    private static String register(TestUser pat, String personId, String supporterId) {
        return Api.as(pat).contentType(ContentType.JSON).body(Map.of("personId", personId,
                        "supporterPersonId", supporterId, "startedOn", LocalDate.now(UK).minusMonths(1).toString(),
                        "areas", List.of("investigation-oversight-groups")))
                .post("/api/v1/patient-safety-partners").then().statusCode(201).extract().path("id");
    }

    /** A supervision session whose notes (at most 1,000 characters) carry every spelling. */
    private static void supervise(TestUser pat, String entry, String supporter) {
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("heldOn", LocalDate.now(UK).minusDays(1).toString(),
                        "withPersonId", supporter, "notes", EVERY_SPELLING))
                .post("/api/v1/patient-safety-partners/" + entry + "/supervision-sessions").then().statusCode(201);
    }

    /** A version every role may read: an approved one when there is one, otherwise a new one approved. */
    private static String approvedPlanVersion(TestUser pat, TestUser chris) {
        List<Map<String, Object>> versions = Api.as(pat).get("/api/v1/response-plan/versions").then()
                .statusCode(200).extract().path("$");
        for (Map<String, Object> version : versions) {
            if (!"draft".equals(version.get("status"))) {
                return String.valueOf(version.get("id"));
            }
        }
        String id = Api.as(pat).contentType(ContentType.JSON).body(ResponsePlans.valid())
                .post("/api/v1/response-plan/versions").then().statusCode(201).extract().path("id");
        ResponsePlans.approve(chris, id);
        return id;
    }
}
