package uk.nhs.psirf.qiprojects.service;

import jakarta.enterprise.context.RequestScoped;
import uk.nhs.psirf.coaches.CoachBrief;
import uk.nhs.psirf.coaches.Coaches;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.qiprojects.domain.ProjectPart;
import uk.nhs.psirf.qiprojects.domain.QiProject;

import java.util.UUID;

/**
 * Who the caller is to the QI projects: the improvement advisor (by role), a person of the directory (sponsor, team
 * member), a coach of the register; looked up once per request.
 */
@RequestScoped
public class ProjectCaller {
    private final CurrentUser currentUser;
    private final CallerPerson callerPerson;
    private final Coaches coaches;
    private Who who;

    public ProjectCaller(CurrentUser currentUser, CallerPerson callerPerson, Coaches coaches) {
        this.currentUser = currentUser;
        this.callerPerson = callerPerson;
        this.coaches = coaches;
    }

    public record Who(boolean advisor, UUID personId, UUID coachId) {
    }

    public Who who() {
        if (who == null) {
            who = new Who(currentUser.hasRole(Roles.IMPROVEMENT_ADVISOR), callerPerson.id().orElse(null),
                    coaches.caller().map(CoachBrief::id).orElse(null));
        }
        return who;
    }

    public ProjectPart partIn(QiProject project) {
        Who caller = who();
        return new ProjectPart(caller.advisor(),
                caller.coachId() != null && project.coaches().contains(caller.coachId()),
                caller.personId() != null && caller.personId().equals(project.sponsorPersonId()),
                caller.personId() != null && project.team().contains(caller.personId()));
    }
}
