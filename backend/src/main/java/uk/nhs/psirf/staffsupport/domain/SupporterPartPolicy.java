package uk.nhs.psirf.staffsupport.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller's own part in a staff support record: line manager, reviewer, or both, by their person record. Seeing
 * every record (the patient safety team) is not a part: a specialist or the Chief Nurse has a part only where they
 * are named.
 */
public final class SupporterPartPolicy {
    private SupporterPartPolicy() {
    }

    public static List<SupporterPart> partsOf(Optional<UUID> caller, UUID lineManager, UUID reviewer) {
        List<SupporterPart> parts = new ArrayList<>();
        if (caller.isEmpty()) {
            return parts;
        }
        if (caller.get().equals(lineManager)) {
            parts.add(SupporterPart.LINE_MANAGER);
        }
        if (caller.get().equals(reviewer)) {
            parts.add(SupporterPart.REVIEWER);
        }
        return parts;
    }
}
