package uk.nhs.psirf.investigation.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.platform.rules.Verdict;

import java.util.Set;
import java.util.UUID;

/** A contributory factor may point only at an entry of the same response's chronology. */
public final class FactorLinkPolicy {
    private FactorLinkPolicy() {
    }

    /** {@code field} names the link in the request, e.g. {@code factors[0].chronologyEntryId}. */
    public static Verdict mayLink(String field, UUID chronologyEntryId, Set<UUID> chronologyEntryIds) {
        return Verdict.allowedIf(chronologyEntryId == null || chronologyEntryIds.contains(chronologyEntryId),
                () -> Verdict.invalid(field, FieldErrorCode.UNKNOWN_ENTRY,
                        "Select an entry of this response's chronology"));
    }
}
