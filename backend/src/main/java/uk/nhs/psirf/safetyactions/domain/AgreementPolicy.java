package uk.nhs.psirf.safetyactions.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An action can be agreed, and stay agreed, only with a named owner, at least one measure that will show whether it
 * works, and a due date (policy §15). Refuses every missing field at once, in the order a form asks for them.
 */
public final class AgreementPolicy {
    public static final String OWNER = "ownerPersonId";
    public static final String MEASURES = "measures";
    public static final String DUE_ON = "dueOn";

    private static final Map<String, String> NEEDED_TO_AGREE = Map.of(
            OWNER, "Select the owner of the action before it is agreed",
            MEASURES, "Enter at least one measure that will show the action works before it is agreed",
            DUE_ON, "Enter the due date before the action is agreed");

    private static final Map<String, String> KEPT_ONCE_AGREED = Map.of(
            OWNER, "An agreed action must keep its owner",
            MEASURES, "An agreed action must keep at least one measure",
            DUE_ON, "An agreed action must keep its due date");

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

    /** A proposed action being agreed. */
    public static Verdict mayBeAgreed(UUID ownerPersonId, List<String> measures, LocalDate dueOn) {
        return refusedFor(missing(ownerPersonId, measures, dueOn), NEEDED_TO_AGREE);
    }

    /** An agreed (or later) action being changed: it keeps what agreeing it needed. */
    public static Verdict keepsWhatAgreementNeeds(UUID ownerPersonId, List<String> measures, LocalDate dueOn) {
        return refusedFor(missing(ownerPersonId, measures, dueOn), KEPT_ONCE_AGREED);
    }

    private static Verdict refusedFor(List<String> missing, Map<String, String> reasons) {
        return Verdict.all(missing.stream()
                .map(field -> Verdict.invalid(field, FieldErrorCode.REQUIRED, reasons.get(field))).toList());
    }
}
