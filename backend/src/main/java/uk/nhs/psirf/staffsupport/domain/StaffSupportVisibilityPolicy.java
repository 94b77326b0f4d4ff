package uk.nhs.psirf.staffsupport.domain;

import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.Optional;
import java.util.UUID;

/**
 * Staff support is confidential to those giving it (policy §8, Appendix 2): the staff member's line manager and
 * reviewer, and the patient safety specialists and Chief Nurse. The response's lead is not one of them unless they
 * are also the line manager or the reviewer.
 */
public final class StaffSupportVisibilityPolicy {
    static final String NOT_GIVING_SUPPORT = "Only the staff member's line manager and reviewer, the patient safety "
            + "team and the Chief Nurse may see the support of a member of staff";

    private StaffSupportVisibilityPolicy() {
    }

    /**
     * Refused as a 403 whose reason stays on the server (the caller uses {@link Verdict#orDeny}).
     *
     * @param seesAllSupport the caller is a patient safety specialist or the Chief Nurse
     * @param caller         the caller's person record (matched by their sign-in e-mail), if any
     */
    public static Verdict maySee(boolean seesAllSupport, Optional<UUID> caller, UUID lineManager, UUID reviewer) {
        return Verdict.allowedIf(seesAllSupport
                        || caller.map(me -> me.equals(lineManager) || me.equals(reviewer)).orElse(false),
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_GIVING_SUPPORT));
    }

    /**
     * The staff support of a response, as a list: the patient safety team and the Chief Nurse see it whole; anyone
     * else only when they give support to at least one of its staff members ({@code recordsTheyGiveSupportIn}, the
     * records {@link #maySee} allows them), else 403 as for a single record, so the list says nothing to them.
     */
    public static Verdict maySeeList(boolean seesAllSupport, int recordsTheyGiveSupportIn) {
        return Verdict.allowedIf(seesAllSupport || recordsTheyGiveSupportIn > 0,
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_GIVING_SUPPORT));
    }
}
