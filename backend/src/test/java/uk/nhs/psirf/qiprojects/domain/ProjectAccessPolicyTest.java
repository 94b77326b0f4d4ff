package uk.nhs.psirf.qiprojects.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.ProblemCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 §8: "a coach sees and writes only ... the projects they coach; a coachee (any staff member) sees their own
 * ... projects; a sponsor sees their projects and updates; the improvement advisor sees all coaching"; item 5: the
 * monthly update is posted by the project (only a team member or coach of it, the brief says).
 */
class ProjectAccessPolicyTest {
    private static final ProjectPart NOBODY = new ProjectPart(false, false, false, false);
    private static final ProjectPart ADVISOR = new ProjectPart(true, false, false, false);
    private static final ProjectPart COACH = new ProjectPart(false, true, false, false);
    private static final ProjectPart SPONSOR = new ProjectPart(false, false, true, false);
    private static final ProjectPart MEMBER = new ProjectPart(false, false, false, true);

    @Test
    void a_coach_cannot_read_a_project_they_do_not_coach() {
        assertEquals(ProblemCode.FORBIDDEN, ProjectAccessPolicy.mayRead(NOBODY).code());
        assertEquals(ProjectAccessPolicy.NOT_IN_PROJECT, ProjectAccessPolicy.mayRead(NOBODY).reason());
        for (ProjectPart part : new ProjectPart[]{ADVISOR, COACH, SPONSOR, MEMBER}) {
            assertTrue(ProjectAccessPolicy.mayRead(part).isAllowed(), part.toString());
        }
    }

    @Test
    void only_a_coach_of_the_project_or_the_improvement_advisor_changes_it() {
        assertTrue(ProjectAccessPolicy.mayChange(COACH).isAllowed());
        assertTrue(ProjectAccessPolicy.mayChange(ADVISOR).isAllowed());
        assertFalse(ProjectAccessPolicy.mayChange(SPONSOR).isAllowed());
        assertFalse(ProjectAccessPolicy.mayChange(MEMBER).isAllowed());
    }

    @Test
    void the_team_records_the_projects_data_and_pdsa_cycles_but_the_sponsor_only_reads() {
        assertTrue(ProjectAccessPolicy.mayRecordWork(MEMBER).isAllowed());
        assertTrue(ProjectAccessPolicy.mayRecordWork(COACH).isAllowed());
        assertTrue(ProjectAccessPolicy.mayRecordWork(ADVISOR).isAllowed());
        assertFalse(ProjectAccessPolicy.mayRecordWork(SPONSOR).isAllowed());
    }

    @Test
    void a_project_update_by_someone_outside_the_project_team_and_coaches_is_refused() {
        assertTrue(ProjectAccessPolicy.mayPostUpdate(MEMBER).isAllowed());
        assertTrue(ProjectAccessPolicy.mayPostUpdate(COACH).isAllowed());
        assertEquals(ProblemCode.FORBIDDEN, ProjectAccessPolicy.mayPostUpdate(SPONSOR).code());
        assertFalse(ProjectAccessPolicy.mayPostUpdate(ADVISOR).isAllowed());
        assertFalse(ProjectAccessPolicy.mayPostUpdate(NOBODY).isAllowed());
    }
}
