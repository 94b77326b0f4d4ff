package uk.nhs.psirf.beingfair.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Being fair tool, its third precondition: "Will the tool be used jointly by a member of the patient safety team and
 * the workforce team?"
 */
class JointUsePolicyTest {

    @Test
    void the_being_fair_tool_is_used_jointly_by_the_patient_safety_team_and_the_workforce_team() {
        assertEquals("workforce-partner", JointUsePolicy.complementOf("patient-safety-specialist").orElseThrow());
        assertEquals("patient-safety-specialist", JointUsePolicy.complementOf("workforce-partner").orElseThrow());
        assertTrue(JointUsePolicy.complementOf("chief-nurse").isEmpty());
        assertTrue(JointUsePolicy.mayJoinAs("workforce-partner", Set.of("workforce-partner")).isAllowed());

        Verdict sameTeam = JointUsePolicy.mayJoinAs("workforce-partner", Set.of("patient-safety-specialist"));
        assertEquals(ProblemCode.FORBIDDEN, sameTeam.code());
        assertEquals("jointUser", sameTeam.field());
        assertEquals(FieldErrorCode.JOINT_USER_ROLE, sameTeam.fieldCode());
        assertEquals("The joint user must be a workforce partner", sameTeam.reason());
        assertEquals("The Being Fair tool is used jointly by the patient safety team and the workforce team",
                sameTeam.problem().detail());
        assertEquals("The joint user must be a patient safety specialist",
                JointUsePolicy.mayJoinAs("patient-safety-specialist", Set.of("workforce-partner")).reason());
    }

    @Test
    void the_being_fair_tool_cannot_be_used_by_the_patient_safety_team_alone() {
        assertTrue(JointUsePolicy.mayBeAnswered(true).isAllowed());

        Verdict alone = JointUsePolicy.mayBeAnswered(false);
        assertEquals(ProblemCode.CONFLICT, alone.code());
        assertEquals("question", alone.field());
        assertEquals(FieldErrorCode.JOINT_USE_REQUIRED, alone.fieldCode());
        assertEquals("The Being Fair tool cannot be used by the patient safety team alone: the joint user has not "
                + "joined yet", alone.reason());
    }

    @Test
    void the_tool_is_opened_in_a_role_the_opener_holds_and_names_someone_else_as_the_joint_user() {
        List<String> both = List.of("patient-safety-specialist", "workforce-partner");
        assertTrue(JointUsePolicy.mayOpenAs(null, List.of("workforce-partner")).isAllowed());
        assertTrue(JointUsePolicy.mayOpenAs("workforce-partner", both).isAllowed());
        Verdict notHeld = JointUsePolicy.mayOpenAs("workforce-partner", List.of("patient-safety-specialist"));
        assertEquals("openedAs", notHeld.field());
        assertEquals(FieldErrorCode.INVALID_VALUE, notHeld.fieldCode());
        assertEquals("Open the tool as a patient safety specialist or a workforce partner, in a role you hold",
                notHeld.reason());
        Verdict unsaid = JointUsePolicy.mayOpenAs(null, both);
        assertEquals(FieldErrorCode.REQUIRED, unsaid.fieldCode());
        assertEquals("Say whether you open the tool as a patient safety specialist or a workforce partner",
                unsaid.reason());

        assertTrue(JointUsePolicy.namesSomeoneElse("jointUser.email", false).isAllowed());
        Verdict alone = JointUsePolicy.namesSomeoneElse("jointUser.email", true);
        assertEquals(ProblemCode.VALIDATION_FAILED, alone.code());
        assertEquals("jointUser.email", alone.field());
        assertEquals(FieldErrorCode.JOINT_USER_ROLE, alone.fieldCode());
        assertEquals("Name someone from the other team: the tool is used jointly", alone.reason());
    }
}
