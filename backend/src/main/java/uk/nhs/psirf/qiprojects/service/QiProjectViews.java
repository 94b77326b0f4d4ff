package uk.nhs.psirf.qiprojects.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.coaches.Coaches;
import uk.nhs.psirf.improvementplans.ImprovementPlanBrief;
import uk.nhs.psirf.improvementplans.ImprovementPlans;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.qiprojects.api.CoachRef;
import uk.nhs.psirf.qiprojects.api.LinkView;
import uk.nhs.psirf.qiprojects.api.MeasureSummary;
import uk.nhs.psirf.qiprojects.api.PdsaCycleView;
import uk.nhs.psirf.qiprojects.api.PersonRef;
import uk.nhs.psirf.qiprojects.api.PinnedCycle;
import uk.nhs.psirf.qiprojects.api.PrimaryDriver;
import uk.nhs.psirf.qiprojects.api.ProjectUpdateView;
import uk.nhs.psirf.qiprojects.api.QiProjectSummary;
import uk.nhs.psirf.qiprojects.api.QiProjectView;
import uk.nhs.psirf.qiprojects.api.RunChartPointView;
import uk.nhs.psirf.qiprojects.api.RunChartView;
import uk.nhs.psirf.qiprojects.api.RunsRange;
import uk.nhs.psirf.qiprojects.api.SecondaryDriver;
import uk.nhs.psirf.qiprojects.domain.DataPoint;
import uk.nhs.psirf.qiprojects.domain.DriverEntry;
import uk.nhs.psirf.qiprojects.domain.Measure;
import uk.nhs.psirf.qiprojects.domain.PdsaCycle;
import uk.nhs.psirf.qiprojects.domain.ProjectAccessPolicy;
import uk.nhs.psirf.qiprojects.domain.ProjectLink;
import uk.nhs.psirf.qiprojects.domain.ProjectPart;
import uk.nhs.psirf.qiprojects.domain.ProjectUpdate;
import uk.nhs.psirf.qiprojects.domain.QiProject;
import uk.nhs.psirf.qiprojects.domain.RunChart;
import uk.nhs.psirf.qiprojects.domain.UpdateDuePolicy;
import uk.nhs.psirf.qiprojects.persistence.QiProjectRepository;
import uk.nhs.psirf.safetyactions.SafetyActionBrief;
import uk.nhs.psirf.safetyactions.SafetyActions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the QI project endpoints send back, built from the entities and the other features' doors. */
@ApplicationScoped
public class QiProjectViews {
    private final QiProjectRepository projects;
    private final Directory people;
    private final Coaches coaches;
    private final SafetyActions safetyActions;
    private final ImprovementPlans improvementPlans;
    private final Clock clock;

    public QiProjectViews(QiProjectRepository projects, Directory people, Coaches coaches,
                          SafetyActions safetyActions, ImprovementPlans improvementPlans, Clock clock) {
        this.projects = projects;
        this.people = people;
        this.coaches = coaches;
        this.safetyActions = safetyActions;
        this.improvementPlans = improvementPlans;
        this.clock = clock;
    }

    public QiProjectView full(QiProject project, ProjectPart part) {
        LocalDate today = Times.todayInUk(clock);
        List<Measure> measures = projects.measures(project.id());
        Map<UUID, List<DataPoint>> points = projects.points(measures.stream().map(Measure::id).toList());
        List<ProjectUpdate> updates = projects.updates(project.id());
        LocalDate last = updates.isEmpty() ? null : updates.get(0).postedOn();
        Set<UUID> everyone = new HashSet<>(project.team());
        everyone.add(project.sponsorPersonId());
        Map<UUID, String> names = people.names(everyone);
        return new QiProjectView(project.id().toString(), project.version(), project.title(), project.aim(),
                project.status(), project.startedOn(), person(project.sponsorPersonId(), names),
                team(project.team(), names), coachRefs(project.coaches()), drivers(project.drivers()),
                links(project.links()),
                measures.stream().map(m -> measure(m, points.getOrDefault(m.id(), List.of()))).toList(),
                projects.cycles(project.id()).stream().map(QiProjectViews::cycle).toList(),
                updates.stream().map(QiProjectViews::update).toList(),
                last, project.isOpen() ? UpdateDuePolicy.dueOn(project.startedOn(), last, today) : null,
                UpdateDuePolicy.isOverdue(project.isOpen(), project.startedOn(), last, today), parts(part),
                ProjectAccessPolicy.mayChange(part).isAllowed(),
                project.isOpen() && ProjectAccessPolicy.mayRecordWork(part).isAllowed(),
                project.isOpen() && ProjectAccessPolicy.mayPostUpdate(part).isAllowed());
    }

    public List<QiProjectSummary> summaries(List<QiProject> list, java.util.function.Function<QiProject, ProjectPart> partOf) {
        LocalDate today = Times.todayInUk(clock);
        Map<UUID, LocalDate> lastUpdates = projects.lastUpdates(list.stream().map(QiProject::id).toList());
        Map<UUID, String> sponsors = people.names(list.stream().map(QiProject::sponsorPersonId).toList());
        Map<UUID, String> coachNames = coaches.names(list.stream().flatMap(p -> p.coaches().stream()).toList());
        return list.stream().map(project -> {
            LocalDate last = lastUpdates.get(project.id());
            return new QiProjectSummary(project.id().toString(), project.title(), project.status(),
                    project.startedOn(), person(project.sponsorPersonId(), sponsors),
                    project.coaches().stream().map(id -> new CoachRef(id.toString(), coachNames.get(id)))
                            .sorted(Comparator.comparing(c -> String.valueOf(c.name()))).toList(),
                    project.team().size(), parts(partOf.apply(project)), last,
                    project.isOpen() ? UpdateDuePolicy.dueOn(project.startedOn(), last, today) : null,
                    UpdateDuePolicy.isOverdue(project.isOpen(), project.startedOn(), last, today));
        }).toList();
    }

    public RunChartView runChart(QiProject project, Measure measure, ProjectPart part) {
        List<DataPoint> points = projects.points(measure.id());
        RunChart.Analysis chart = analyse(measure, points);
        List<RunChartPointView> pointViews = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            DataPoint point = points.get(i);
            pointViews.add(new RunChartPointView(point.id().toString(), point.onDate(), RunChart.plain(point.value()), point.note(),
                    point.astronomical(), chart.rules().get(i).stream().sorted().map(RunChart.Rule::code).toList()));
        }
        List<PinnedCycle> pinned = projects.cycles(project.id()).stream()
                .filter(c -> measure.id().equals(c.stages().measureId()) && c.stages().pinnedOn() != null)
                .map(c -> new PinnedCycle(c.id().toString(), c.stages().title(), c.stages().pinnedOn()))
                .sorted(Comparator.comparing(PinnedCycle::pinnedOn)).toList();
        return new RunChartView(measure.id().toString(), project.id().toString(), project.title(),
                measure.kind().code(), measure.name(), measure.definition(), measure.unit(), measure.direction().code(),
                measure.baselinePoints(), chart.median(), chart.baselinePoints(), chart.signalsShown(),
                chart.usefulObservations(), chart.runs(),
                chart.expectedRuns() == null ? null
                        : new RunsRange(chart.expectedRuns().lower(), chart.expectedRuns().upper()),
                chart.tooFewRuns(), chart.tooManyRuns(), pointViews, pinned,
                project.isOpen() && ProjectAccessPolicy.mayRecordWork(part).isAllowed());
    }

    private static RunChart.Analysis analyse(Measure measure, List<DataPoint> points) {
        return RunChart.analyse(points.stream()
                .map(p -> new RunChart.Point(p.onDate(), p.value(), p.astronomical())).toList(), measure.baselinePoints());
    }

    private static MeasureSummary measure(Measure measure, List<DataPoint> points) {
        DataPoint latest = points.isEmpty() ? null : points.get(points.size() - 1);
        return new MeasureSummary(measure.id().toString(), measure.kind().code(), measure.name(), measure.definition(),
                measure.unit(), measure.direction().code(), measure.baselinePoints(), points.size(),
                latest == null ? null : RunChart.plain(latest.value()), latest == null ? null : latest.onDate(),
                analyse(measure, points).anySignal());
    }

    private List<LinkView> links(Set<ProjectLink> links) {
        List<UUID> actionIds = links.stream().filter(l -> l.kind().equals(ProjectLink.SAFETY_ACTION))
                .map(ProjectLink::targetId).toList();
        List<UUID> planIds = links.stream().filter(l -> l.kind().equals(ProjectLink.IMPROVEMENT_PLAN))
                .map(ProjectLink::targetId).toList();
        Map<UUID, SafetyActionBrief> actions = safetyActions.briefs(actionIds);
        Map<UUID, ImprovementPlanBrief> plans = improvementPlans.briefs(planIds);
        List<LinkView> views = new ArrayList<>();
        plans.values().forEach(p -> views.add(new LinkView(ProjectLink.IMPROVEMENT_PLAN, p.id().toString(),
                p.reference(), p.status())));
        actions.values().forEach(a -> views.add(new LinkView(ProjectLink.SAFETY_ACTION, a.id().toString(),
                a.reference(), a.status())));
        views.sort(Comparator.comparing(LinkView::kind).thenComparing(LinkView::reference));
        return views;
    }

    /** The flat driver diagram back into its tree. */
    static List<PrimaryDriver> drivers(List<DriverEntry> entries) {
        List<PrimaryDriver> primaries = new ArrayList<>();
        List<SecondaryDriver> secondaries = null;
        List<String> ideas = null;
        for (DriverEntry entry : entries) {
            if (entry.depth() == DriverEntry.PRIMARY) {
                secondaries = new ArrayList<>();
                primaries.add(new PrimaryDriver(entry.text(), secondaries));
            } else if (entry.depth() == DriverEntry.SECONDARY && secondaries != null) {
                ideas = new ArrayList<>();
                secondaries.add(new SecondaryDriver(entry.text(), ideas));
            } else if (entry.depth() == DriverEntry.CHANGE_IDEA && ideas != null) {
                ideas.add(entry.text());
            }
        }
        return primaries;
    }

    private List<CoachRef> coachRefs(Set<UUID> ids) {
        Map<UUID, String> names = coaches.names(ids);
        return ids.stream().map(id -> new CoachRef(id.toString(), names.get(id)))
                .sorted(Comparator.comparing(c -> String.valueOf(c.name()))).toList();
    }

    private static List<PersonRef> team(Collection<UUID> ids, Map<UUID, String> names) {
        return ids.stream().map(id -> person(id, names)).sorted(Comparator.comparing(p -> String.valueOf(p.name())))
                .toList();
    }

    private static PersonRef person(UUID id, Map<UUID, String> names) {
        return new PersonRef(id.toString(), names.get(id));
    }

    private static List<String> parts(ProjectPart part) {
        List<String> parts = new ArrayList<>();
        if (part.coach()) {
            parts.add("coach");
        }
        if (part.sponsor()) {
            parts.add("sponsor");
        }
        if (part.teamMember()) {
            parts.add("team-member");
        }
        if (part.advisor()) {
            parts.add("improvement-advisor");
        }
        return parts;
    }

    private static PdsaCycleView cycle(PdsaCycle cycle) {
        PdsaCycle.Stages s = cycle.stages();
        return new PdsaCycleView(cycle.id().toString(), s.title(), s.plan(), s.doText(), s.study(), s.act(), s.learnt(),
                s.startedOn(), s.endedOn(), s.measureId() == null ? null : s.measureId().toString(), s.pinnedOn(),
                cycle.recordedByName(), cycle.recordedAt());
    }

    private static ProjectUpdateView update(ProjectUpdate update) {
        return new ProjectUpdateView(update.id().toString(), update.postedOn(), update.progress(), update.nextSteps(),
                update.helpNeeded(), update.postedByName(), update.postedAt());
    }
}
