package uk.nhs.psirf.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Off unless {@code -DrecordContractExamples=true} (not under "psirf.", which Quarkus checks against its config):
 * keeps the exchange with the longest response of each method, path shape and status in target/examples.json,
 * the raw material for the contract's examples.
 */
final class ExampleRecorder implements Filter {
    static final boolean ON = Boolean.getBoolean("recordContractExamples");
    private static final Path FILE = Path.of("target", "examples.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode EXCHANGES = JSON.createObjectNode();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        String key = request.getMethod() + " " + URI.create(request.getURI()).getPath()
                .replaceAll("/[0-9a-fA-F-]{36}|/\\d+(?=/|$)", "/{}") + " " + response.statusCode();
        String body = response.asString();
        synchronized (EXCHANGES) {
            JsonNode kept = EXCHANGES.get(key);
            if (kept == null || kept.get("size").asInt() < body.length()) {
                ObjectNode exchange = EXCHANGES.putObject(key);
                Object sent = request.getBody();
                exchange.set("request", parse(sent instanceof byte[] bytes
                        ? new String(bytes, StandardCharsets.UTF_8) : sent == null ? null : sent.toString()));
                exchange.set("response", parse(body));
                exchange.put("size", body.length());
                write();
            }
        }
        return response;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    private static void write() {
        try {
            Files.createDirectories(FILE.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(FILE.toFile(), EXCHANGES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
