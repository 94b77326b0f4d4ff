package uk.nhs.psirf.safetyactions.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An action can be agreed, and stay agreed, only with a named owner, at least one measure that will show whether it
 * works, and a due date (policy §15). Returns the missing fields by name, in the order a form asks for them.
 */
public final class AgreementPolicy {
    public static final String OWNER = "ownerPersonId";
    public static final String MEASURES = "measures";
    public static final String DUE_ON = "dueOn";

    private AgreementPolicy() {
    }

    public static List<String> missing(UUID ownerPersonId, List<String> measures, LocalDate dueOn) {
        List<String> missing = new ArrayList<>();
        if (ownerPersonId == null) {
            missing.add(OWNER);
        }
        if (measures == null || measures.stream().allMatch(m -> m == null || m.isBlank())) {
            missing.add(MEASURES);
        }
        if (dueOn == null) {
            missing.add(DUE_ON);
        }
        return missing;
    }

    public static boolean mayBeAgreed(UUID ownerPersonId, List<String> measures, LocalDate dueOn) {
        return missing(ownerPersonId, measures, dueOn).isEmpty();
    }
}
