package uk.nhs.psirf.beingfair.domain;

import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tool is used jointly by a member of the patient safety team and of the workforce team (its third
 * precondition): whoever opens it names the other, who must hold the complementary role, and nothing is answered
 * until both are recorded. The patient safety team cannot use it alone, nor can the workforce team.
 */
public final class JointUsePolicy {
    static final String USED_JOINTLY = "The Being Fair tool is used jointly by the patient safety team and the "
            + "workforce team";
    static final String NOT_JOINED = "The Being Fair tool cannot be used by the patient safety team alone: the joint "
            + "user has not joined yet";

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

    /** Whether someone holding these roles may join as the joint user expected to hold {@code jointRole}: 403 if not. */
    public static Verdict mayJoinAs(String jointRole, Set<String> roles) {
        return Verdict.allowedIf(roles.contains(jointRole), () -> Verdict.refused(ProblemCode.FORBIDDEN, USED_JOINTLY,
                new FieldError("jointUser", FieldErrorCode.JOINT_USER_ROLE, "The joint user must be "
                        + (Roles.WORKFORCE_PARTNER.equals(jointRole) ? "a workforce partner"
                        : "a patient safety specialist"))));
    }

    /**
     * The opener opens the tool in a role of the two they hold ({@code heldUserRoles}, sorted): the one they name, or,
     * naming none, the only one they hold.
     */
    public static Verdict mayOpenAs(String openedAs, List<String> heldUserRoles) {
        if (openedAs != null) {
            return Verdict.allowedIf(heldUserRoles.contains(openedAs), () -> Verdict.invalid("openedAs",
                    FieldErrorCode.INVALID_VALUE,
                    "Open the tool as a patient safety specialist or a workforce partner, in a role you hold"));
        }
        return Verdict.allowedIf(heldUserRoles.size() == 1, () -> Verdict.invalid("openedAs", FieldErrorCode.REQUIRED,
                "Say whether you open the tool as a patient safety specialist or a workforce partner"));
    }

    /** The joint user named on {@code field} is someone other than the opener: the tool is not used alone. */
    public static Verdict namesSomeoneElse(String field, boolean namesTheOpener) {
        return Verdict.allowedIf(!namesTheOpener, () -> Verdict.invalid(field, FieldErrorCode.JOINT_USER_ROLE,
                "Name someone from the other team: the tool is used jointly"));
    }

    /** Answers, considerations and new versions need both users recorded: 409 until the joint user has joined. */
    public static Verdict mayBeAnswered(boolean jointUserJoined) {
        return Verdict.allowedIf(jointUserJoined,
                () -> Verdict.conflict("question", FieldErrorCode.JOINT_USE_REQUIRED, NOT_JOINED));
    }
}
