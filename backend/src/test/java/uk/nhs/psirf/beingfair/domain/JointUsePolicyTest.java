package uk.nhs.psirf.beingfair.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

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
}
