package uk.nhs.psirf.oversight.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

/**
 * Oversight groups are told apart by name (policy §18, §19): the patient safety team assign work to a group and a
 * partner reads their groups by name, so no two groups share one.
 */
public final class OversightGroupNamePolicy {
    private OversightGroupNamePolicy() {
    }

    /** @param taken another group already has {@code name} */
    public static Verdict mayBeCalled(String name, boolean taken) {
        return Verdict.allowedIf(!taken, () -> Verdict.invalid("name", FieldErrorCode.DUPLICATE_NAME,
                "There is already an oversight group called " + name));
    }
}
