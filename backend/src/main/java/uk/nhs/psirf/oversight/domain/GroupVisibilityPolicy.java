package uk.nhs.psirf.oversight.domain;

import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.Optional;
import java.util.UUID;

/**
 * Who sees an oversight group (product access rules: "A patient-safety-partner sees learning responses only of
 * oversight groups they are a member of"; policy §3.7: partners take part "in investigation oversight groups where
 * appropriate"): the patient safety team and the Chief Nurse see every group, a partner only those they are a member
 * of. Refused as a 403 whose reason stays on the server (the caller uses {@link Verdict#orDeny}).
 */
public final class GroupVisibilityPolicy {
    static final String NOT_A_MEMBER = "Only the patient safety team, the Chief Nurse and the group's partners may "
            + "see an oversight group";

    private GroupVisibilityPolicy() {
    }

    /**
     * @param seesEveryGroup  the caller is a patient safety specialist or the Chief Nurse
     * @param callerAsPartner the caller's person record when they are a patient safety partner, if any
     */
    public static Verdict maySee(boolean seesEveryGroup, Optional<UUID> callerAsPartner, OversightGroup group) {
        return Verdict.allowedIf(seesEveryGroup || callerAsPartner.flatMap(group::member).isPresent(),
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_A_MEMBER));
    }
}
