package uk.nhs.psirf.partners.domain;

import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.UUID;

/**
 * Who keeps the register of patient safety partners (policy §3.7; product access rules): the patient safety team
 * keep it for the partners, never a partner. Whoever holds a role that may change the register is still refused an
 * entry that is their own, and every entry while they are a current partner themselves: a partner changes no
 * entry, theirs or another's, and records no supervision session.
 */
public final class RegisterKeeperPolicy {
    static final String NOT_A_KEEPER = "A patient safety partner changes no entry of the register, theirs or another's";

    private RegisterKeeperPolicy() {
    }

    /**
     * Refused as a 403 whose reason stays on the server (the caller uses {@link Verdict#orDeny}).
     *
     * @param callerPersonId         the caller's person record, or null when the directory does not know them
     * @param entryPersonId          the partner the entry is about
     * @param callerIsCurrentPartner the caller has a current partnership of their own in the register
     */
    public static Verdict mayChange(UUID callerPersonId, UUID entryPersonId, boolean callerIsCurrentPartner) {
        return Verdict.allowedIf(!callerIsCurrentPartner
                        && (callerPersonId == null || !callerPersonId.equals(entryPersonId)),
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_A_KEEPER));
    }
}
