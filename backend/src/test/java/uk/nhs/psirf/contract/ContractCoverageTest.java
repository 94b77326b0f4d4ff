package uk.nhs.psirf.contract;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** openapi.yaml and the code describe the same API: nothing undocumented, nothing unimplemented. */
class ContractCoverageTest {

    @Test
    void everyOperationInTheContractIsImplemented() {
        Set<String> implemented = implementedApiOperations();
        Set<String> missing = new TreeSet<>(Contract.operations(Contract.root()).keySet());
        missing.removeAll(implemented);
        assertTrue(missing.isEmpty(), "In openapi.yaml but not implemented: " + missing);
    }

    @Test
    void everyImplementedApiOperationIsInTheContract() {
        Set<String> undocumented = implementedApiOperations();
        undocumented.removeAll(Contract.operations(Contract.root()).keySet());
        assertTrue(undocumented.isEmpty(), "Implemented but not in openapi.yaml: " + undocumented);
    }

    @Test
    void eachOperationIsImplementedOnce() {
        var operations = ResourceMethods.all().stream().map(ResourceMethods.Endpoint::operation).toList();
        assertEquals(operations.size(), new TreeSet<>(operations).size(), "Duplicate operations: " + operations);
    }

    private static Set<String> implementedApiOperations() {
        return ResourceMethods.all().stream()
                .map(ResourceMethods.Endpoint::operation)
                .filter(op -> op.split(" ")[1].startsWith("/api/"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
