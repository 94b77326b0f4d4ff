package uk.nhs.psirf.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import uk.nhs.psirf.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The operations of an OpenAPI document as "METHOD /path" with their x-psirf-roles. */
final class Contract {
    private Contract() {
    }

    static OpenAPI root() {
        return parse(new OpenAPIV3Parser().read(Api.CONTRACT.toString()));
    }

    static OpenAPI parseContents(String contents) {
        return parse(new OpenAPIV3Parser().readContents(contents).getOpenAPI());
    }

    private static OpenAPI parse(OpenAPI api) {
        if (api == null) {
            throw new IllegalStateException("The OpenAPI document could not be parsed");
        }
        return api;
    }

    /** "GET /api/v1/events/{eventId}" → roles. */
    static Map<String, Set<String>> operations(OpenAPI api) {
        Map<String, Set<String>> operations = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.put(method.name() + " " + path, roles(operation))));
        return operations;
    }

    /** The parameters of an operation, its path item's included, with each {@code $ref} resolved. */
    static List<Parameter> parameters(OpenAPI api, PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all.stream().map(p -> p.get$ref() == null ? p
                : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static Set<String> roles(Operation operation) {
        Object roles = operation.getExtensions() == null ? null : operation.getExtensions().get("x-psirf-roles");
        return roles == null ? Set.of() : new TreeSet<>((List<String>) roles);
    }
}
