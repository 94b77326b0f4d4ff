package uk.nhs.psirf.contract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each endpoint declares its roles in code, and they are the roles the contract promises. */
class RolesContractTest {

    @Test
    void everyResourceMethodDeclaresTheRolesItAllows() {
        List<String> unguarded = ResourceMethods.all().stream()
                .filter(endpoint -> endpoint.roles() == null || endpoint.roles().isEmpty())
                .map(Object::toString).toList();
        assertTrue(unguarded.isEmpty(), "Resource methods without @RolesAllowed: " + unguarded);
    }

    @Test
    void theRolesInCodeAreTheRolesInTheContract() {
        Map<String, Set<String>> contract = Contract.operations(Contract.root());
        List<String> mismatches = new ArrayList<>();
        for (ResourceMethods.Endpoint endpoint : ResourceMethods.all()) {
            Set<String> promised = contract.get(endpoint.operation());
            if (promised != null && !promised.equals(endpoint.roles())) {
                mismatches.add(endpoint + ": code " + endpoint.roles() + ", contract " + promised);
            }
        }
        assertTrue(mismatches.isEmpty(), "Roles differ: " + mismatches);
    }

    @Test
    void everyContractOperationListsItsRoles() {
        List<String> without = Contract.operations(Contract.root()).entrySet().stream()
                .filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        assertTrue(without.isEmpty(), "Operations without x-psirf-roles: " + without);
    }
}
