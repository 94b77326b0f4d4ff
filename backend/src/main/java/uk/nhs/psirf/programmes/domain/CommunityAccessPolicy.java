package uk.nhs.psirf.programmes.domain;

import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

/**
 * A community of practice is a safe place to discuss difficult issues (001_*: "a safe venue to discuss difficult
 * issues and gain support from peers"), so its meetings and notes are read only by its members and by those who
 * keep the trust's programmes; members add meetings and notes, and anyone else is refused.
 */
public final class CommunityAccessPolicy {
    static final String NOT_A_MEMBER = "Only the community's members and the programme keepers read or add to it";

    private CommunityAccessPolicy() {
    }

    /** Refused as a 403 whose reason stays on the server (the caller uses {@link Verdict#orDeny}). */
    public static Verdict mayTakePart(boolean callerKeepsProgrammes, boolean callerIsMember) {
        return Verdict.allowedIf(callerKeepsProgrammes || callerIsMember,
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_A_MEMBER));
    }
}
