package uk.nhs.psirf.qiprojects.domain;

import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

/**
 * Who may do what with a QI project (issue 12 §8 and item 5): the improvement advisor sees all coaching; a coach sees
 * and writes only the projects they coach; a sponsor sees their projects and updates; a team member sees their
 * project and records its measures, data, PDSA cycles and updates. Only a team member or a coach of the project posts
 * the monthly update to the sponsor. Everyone else is refused (the caller audits the 403 with {@link Verdict#orDeny}).
 */
public final class ProjectAccessPolicy {
    static final String NOT_IN_PROJECT = "Only the project's coaches, sponsor, team and the improvement advisor see it";
    static final String NOT_A_CHANGER = "Only a coach of the project or the improvement advisor changes the project";
    static final String NOT_A_RECORDER = "Only the project's team, its coaches or the improvement advisor record its work";
    static final String NOT_AN_UPDATER = "Only a member of the project's team or a coach of it posts its monthly update";

    private ProjectAccessPolicy() {
    }

    public static Verdict mayRead(ProjectPart part) {
        return Verdict.allowedIf(part.any(), () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_IN_PROJECT));
    }

    /** The project itself: title, aim, people, driver diagram, links, closing it. */
    public static Verdict mayChange(ProjectPart part) {
        return Verdict.allowedIf(part.advisor() || part.coach(),
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_A_CHANGER));
    }

    /** Measures, data points and PDSA cycles. */
    public static Verdict mayRecordWork(ProjectPart part) {
        return Verdict.allowedIf(part.advisor() || part.coach() || part.teamMember(),
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_A_RECORDER));
    }

    public static Verdict mayPostUpdate(ProjectPart part) {
        return Verdict.allowedIf(part.coach() || part.teamMember(),
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_AN_UPDATER));
    }
}
