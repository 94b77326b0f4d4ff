package uk.nhs.psirf.investigation.domain;

import java.util.Set;
import java.util.UUID;

/** A contributory factor may point only at an entry of the same response's chronology. */
public final class FactorLinkPolicy {
    private FactorLinkPolicy() {
    }

    public static boolean mayLink(UUID chronologyEntryId, Set<UUID> chronologyEntryIds) {
        return chronologyEntryId == null || chronologyEntryIds.contains(chronologyEntryId);
    }
}
