package uk.nhs.psirf.staffsupport.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Staff support is confidential to those giving it (policy §8, Appendix 2): the staff member's line manager and
 * reviewer, and the patient safety specialists and Chief Nurse. The response's lead is not one of them unless they
 * are also the line manager or the reviewer.
 */
public final class StaffSupportVisibilityPolicy {
    private StaffSupportVisibilityPolicy() {
    }

    /**
     * @param seesAllSupport the caller is a patient safety specialist or the Chief Nurse
     * @param caller         the caller's person record (matched by their sign-in e-mail), if any
     */
    public static boolean maySee(boolean seesAllSupport, Optional<UUID> caller, UUID lineManager, UUID reviewer) {
        return seesAllSupport || caller.map(me -> me.equals(lineManager) || me.equals(reviewer)).orElse(false);
    }
}
