package uk.nhs.psirf.qiprojects.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.coaches.CoachWork;
import uk.nhs.psirf.coaches.CoachWorkItem;
import uk.nhs.psirf.qiprojects.persistence.QiProjectRepository;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The QI projects a coach supports, told to the coach register ({@link CoachWork}): open ones are active. */
@ApplicationScoped
public class ProjectsCoachWork implements CoachWork {
    public static final String KIND = "qi-project";

    private final QiProjectRepository projects;

    public ProjectsCoachWork(QiProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public List<CoachWorkItem> of(UUID coachId) {
        return projects.coachedBy(coachId).stream()
                .map(project -> new CoachWorkItem(KIND, project.id(), project.title(), 0, project.isOpen()))
                .sorted(Comparator.comparing((CoachWorkItem item) -> !item.active()))
                .toList();
    }
}
