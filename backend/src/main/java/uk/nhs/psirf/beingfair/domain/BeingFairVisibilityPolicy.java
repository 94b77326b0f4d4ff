package uk.nhs.psirf.beingfair.domain;

import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Roles;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A Being Fair record is seen only by the two people who use the tool together and the Chief Nurse (product.md):
 * the one who opened it, while they hold the role they opened it in; the joint user they named, while they hold the
 * complementary role (matched by their person record until they join, by their sign-in after). Never another
 * patient safety specialist or workforce partner, a lead, a partner, a coach or the staff member's peers.
 */
public final class BeingFairVisibilityPolicy {
    static final String NOT_A_USER = "Only the two people who use the Being Fair tool together and the Chief Nurse "
            + "may see its record";

    private BeingFairVisibilityPolicy() {
    }

    /** Refused as a 403 whose reason stays on the server (the caller uses {@link Verdict#orDeny}). */
    public static Verdict maySee(BeingFair record, String callerSub, Optional<UUID> callerPerson, Set<String> roles) {
        return Verdict.allowedIf(seenBy(record, callerSub, callerPerson, roles),
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_A_USER));
    }

    private static boolean seenBy(BeingFair record, String callerSub, Optional<UUID> callerPerson, Set<String> roles) {
        if (roles.contains(Roles.CHIEF_NURSE)) {
            return true;
        }
        if (record.openerSub().equals(callerSub) && roles.contains(record.openerRole())) {
            return true;
        }
        if (!roles.contains(record.jointRole())) {
            return false;
        }
        return record.joined() ? record.jointSub().equals(callerSub)
                : callerPerson.map(record.jointPersonId()::equals).orElse(false);
    }
}
