package uk.nhs.psirf.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.tags.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One name per capability: every operation carries exactly one tag, declared in the contract, and the tag is the
 * capability of the feature package implementing it (tag {@code safety-actions} is package
 * {@code uk.nhs.psirf.safetyactions}: the tag without hyphens; {@code audit} is {@code uk.nhs.psirf.platform.audit}).
 * The tag is also the name of the operation's file in contract/.
 */
class CapabilityTagsTest {
    private static final String BASE_PACKAGE = "uk.nhs.psirf.";

    private final OpenAPI api = Contract.root();

    @Test
    void everyOperationHasExactlyOneTag() {
        List<String> wrong = new ArrayList<>();
        operations().forEach((operation, tags) -> {
            if (tags.size() != 1) {
                wrong.add(operation + " " + tags);
            }
        });
        assertTrue(wrong.isEmpty(), "Operations without exactly one tag: " + wrong);
    }

    @Test
    void everyTagOfAnOperationIsDeclared() {
        Set<String> declared = declaredTags().keySet();
        List<String> undeclared = new ArrayList<>();
        operations().forEach((operation, tags) -> tags.stream().filter(tag -> !declared.contains(tag))
                .forEach(tag -> undeclared.add(operation + " " + tag)));
        assertTrue(undeclared.isEmpty(), "Tags used but not declared at the top of the contract: " + undeclared);
    }

    @Test
    void everyDeclaredTagIsUsedAndSaysInOneLineWhatItCovers() {
        Set<String> used = operations().values().stream().flatMap(List::stream).collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        declaredTags().forEach((name, tag) -> {
            if (!used.contains(name)) {
                wrong.add(name + ": no operation");
            }
            if (tag.getDescription() == null || tag.getDescription().isBlank()
                    || tag.getDescription().strip().contains("\n")) {
                wrong.add(name + ": not a one-line description");
            }
        });
        assertTrue(wrong.isEmpty(), "Declared tags: " + wrong);
    }

    @Test
    void theTagOfAnOperationIsTheCapabilityOfThePackageImplementingIt() {
        Map<String, List<String>> tagsByOperation = operations();
        List<String> mismatches = new ArrayList<>();
        for (ResourceMethods.Endpoint endpoint : ResourceMethods.all()) {
            List<String> tags = tagsByOperation.get(endpoint.operation());
            if (tags == null) {
                continue; // not in the contract (e.g. /q/…): ContractCoverageTest's concern
            }
            String feature = featurePackage(endpoint.method().getDeclaringClass());
            if (tags.size() != 1 || !tags.get(0).replace("-", "").equals(feature)) {
                mismatches.add(endpoint + " in package " + feature + " is tagged " + tags);
            }
        }
        assertTrue(mismatches.isEmpty(), "Tag and package name different capabilities: " + mismatches);
    }

    /** "uk.nhs.psirf.safetyactions.rest" → "safetyactions"; "uk.nhs.psirf.platform.audit" → "audit". */
    private static String featurePackage(Class<?> type) {
        String[] parts = type.getPackageName().substring(BASE_PACKAGE.length()).split("\\.");
        return parts[0].equals("platform") && parts.length > 1 ? parts[1] : parts[0];
    }

    /** "GET /api/v1/…" → the operation's tags. */
    private Map<String, List<String>> operations() {
        Map<String, List<String>> operations = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.put(method.name() + " " + path, tags(operation))));
        return operations;
    }

    private static List<String> tags(Operation operation) {
        return operation.getTags() == null ? List.of() : operation.getTags();
    }

    private Map<String, Tag> declaredTags() {
        List<Tag> tags = api.getTags() == null ? List.of() : api.getTags();
        Set<String> names = new TreeSet<>();
        tags.forEach(tag -> assertTrue(names.add(tag.getName()), "Tag declared twice: " + tag.getName()));
        return tags.stream().collect(Collectors.toMap(Tag::getName, Function.identity(), (a, b) -> a, TreeMap::new));
    }
}
