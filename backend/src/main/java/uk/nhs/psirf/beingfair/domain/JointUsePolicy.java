package uk.nhs.psirf.beingfair.domain;

import uk.nhs.psirf.platform.security.Roles;

import java.util.Optional;
import java.util.Set;

/**
 * The tool is used jointly by a member of the patient safety team and of the workforce team (its third
 * precondition): whoever opens it names the other, who must hold the complementary role, and nothing is answered
 * until both are recorded. The patient safety team cannot use it alone, nor can the workforce team.
 */
public final class JointUsePolicy {
    private JointUsePolicy() {
    }

    /** The role the other user must hold: the workforce partner for a patient safety specialist, and back. */
    public static Optional<String> complementOf(String role) {
        if (Roles.PATIENT_SAFETY_SPECIALIST.equals(role)) {
            return Optional.of(Roles.WORKFORCE_PARTNER);
        }
        if (Roles.WORKFORCE_PARTNER.equals(role)) {
            return Optional.of(Roles.PATIENT_SAFETY_SPECIALIST);
        }
        return Optional.empty();
    }

    /** Whether someone holding these roles may join as the joint user expected to hold {@code jointRole}. */
    public static boolean mayJoinAs(String jointRole, Set<String> roles) {
        return roles.contains(jointRole);
    }

    /** Answers, considerations and new versions need both users recorded. */
    public static boolean mayBeAnswered(boolean jointUserJoined) {
        return jointUserJoined;
    }
}
