package uk.nhs.psirf.qiprojects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.coaches.CoachBrief;
import uk.nhs.psirf.coaches.Coaches;
import uk.nhs.psirf.improvementplans.ImprovementPlans;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.qiprojects.api.CoachOption;
import uk.nhs.psirf.qiprojects.api.DataPointsInput;
import uk.nhs.psirf.qiprojects.api.MeasureInput;
import uk.nhs.psirf.qiprojects.api.PdsaCycleInput;
import uk.nhs.psirf.qiprojects.api.ProjectOptions;
import uk.nhs.psirf.qiprojects.api.ProjectUpdateInput;
import uk.nhs.psirf.qiprojects.api.QiProjectInput;
import uk.nhs.psirf.qiprojects.api.QiProjectSummary;
import uk.nhs.psirf.qiprojects.api.QiProjectView;
import uk.nhs.psirf.qiprojects.api.RunChartView;
import uk.nhs.psirf.qiprojects.domain.DataPoint;
import uk.nhs.psirf.qiprojects.domain.DataPointsPolicy;
import uk.nhs.psirf.qiprojects.domain.DriverDiagramPolicy;
import uk.nhs.psirf.qiprojects.domain.DriverEntry;
import uk.nhs.psirf.qiprojects.domain.Measure;
import uk.nhs.psirf.qiprojects.domain.OpenProjectPolicy;
import uk.nhs.psirf.qiprojects.domain.PdsaCycle;
import uk.nhs.psirf.qiprojects.domain.ProjectAccessPolicy;
import uk.nhs.psirf.qiprojects.domain.ProjectDetails;
import uk.nhs.psirf.qiprojects.domain.ProjectLink;
import uk.nhs.psirf.qiprojects.domain.ProjectPart;
import uk.nhs.psirf.qiprojects.domain.ProjectUpdate;
import uk.nhs.psirf.qiprojects.domain.QiProject;
import uk.nhs.psirf.qiprojects.persistence.QiProjectRepository;
import uk.nhs.psirf.safetyactions.SafetyActions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * QI projects (issue 12 item 5): started and changed by their coaches or the improvement advisor, read by their
 * sponsor and team, their work (measures, data, PDSA cycles, monthly updates) recorded by the team and coaches
 * ({@link ProjectAccessPolicy}). Load, check, act, audit, view; every read and change is audited.
 */
@ApplicationScoped
@Transactional
public class QiProjectService {
    static final int FEWEST_SEARCH_LETTERS = 3;
    public static final String ENTITY_TYPE = "qi-project";
    public static final String MEASURE_ENTITY_TYPE = "qi-measure";
    public static final String CYCLE_ENTITY_TYPE = "qi-pdsa-cycle";
    public static final String UPDATE_ENTITY_TYPE = "qi-project-update";

    private final QiProjectRepository projects;
    private final QiProjectViews views;
    private final ProjectCaller caller;
    private final Directory people;
    private final Coaches coaches;
    private final SafetyActions safetyActions;
    private final ImprovementPlans improvementPlans;
    private final Stamps stamps;
    private final AuditService audit;
    private final Clock clock;

    public QiProjectService(QiProjectRepository projects, QiProjectViews views, ProjectCaller caller,
                            Directory people, Coaches coaches, SafetyActions safetyActions,
                            ImprovementPlans improvementPlans, Stamps stamps, AuditService audit, Clock clock) {
        this.projects = projects;
        this.views = views;
        this.caller = caller;
        this.people = people;
        this.coaches = coaches;
        this.safetyActions = safetyActions;
        this.improvementPlans = improvementPlans;
        this.stamps = stamps;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every project for the improvement advisor; otherwise those the caller coaches, sponsors or is in the team of. */
    public List<QiProjectSummary> list() {
        ProjectCaller.Who who = caller.who();
        List<QiProject> found = who.advisor() ? projects.all() : projects.involving(who.personId(), who.coachId());
        audit.record(AuditAction.LIST, ENTITY_TYPE, null, (who.advisor() ? "all" : "own") + " QI projects: "
                + found.size());
        return views.summaries(found, caller::partIn);
    }

    /**
     * The coaches and people a project may name, for the coach or advisor starting or changing one. People only as a
     * search finds them (at least {@value #FEWEST_SEARCH_LETTERS} letters of a name or e-mail address): a coach, who
     * may be a lay coach with lived experience, is never handed the trust's whole staff directory.
     */
    public ProjectOptions options(String search) {
        List<CoachBrief> current = coaches.current();
        String text = search == null ? "" : search.strip();
        List<DirectoryPerson> active = text.length() < FEWEST_SEARCH_LETTERS ? List.of() : people.search(text, true);
        audit.record(AuditAction.LIST, ENTITY_TYPE, null, "people and coaches offered for a QI project: "
                + active.size() + " people, " + current.size() + " coaches");
        return new ProjectOptions(current.stream().map(c -> new CoachOption(c.id().toString(), c.name(), c.kind()))
                .toList(), active.stream().map(p -> new ProjectOptions.PersonOption(p.id().toString(), p.name(),
                p.jobRole())).toList());
    }

    public QiProjectView view(UUID projectId) {
        QiProject project = find(projectId);
        ProjectPart part = caller.partIn(project);
        ProjectAccessPolicy.mayRead(part).orDeny(ENTITY_TYPE, projectId.toString());
        audit.record(AuditAction.READ, ENTITY_TYPE, projectId.toString(), "QI project read");
        return views.full(project, part);
    }

    /** A coach who starts a project coaches it: their register entry is added to its coaches. */
    public QiProjectView start(QiProjectInput input) {
        ProjectCaller.Who who = caller.who();
        ProjectDetails details = checked(input, who.advisor() ? null : who.coachId());
        QiProject project = QiProject.start(details, stamps.current());
        ProjectPart part = caller.partIn(project);
        ProjectAccessPolicy.mayChange(part).orDeny(ENTITY_TYPE, null);
        projects.add(project);
        projects.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, project.id().toString(), describe("QI project started", details));
        return views.full(project, part);
    }

    public QiProjectView change(UUID projectId, QiProjectInput input) {
        QiProject project = find(projectId);
        ProjectPart part = caller.partIn(project);
        ProjectAccessPolicy.mayChange(part).orDeny(ENTITY_TYPE, projectId.toString());
        if (input.version() == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.REQUIRED,
                    "The version last read is required")));
        }
        if (project.version() != input.version()) {
            throw ApiException.staleVersion();
        }
        String status = input.status() == null ? project.status() : input.status();
        List<FieldError> errors = new ArrayList<>();
        if (!status.equals(QiProject.OPEN) && !status.equals(QiProject.CLOSED)) {
            errors.add(new FieldError("status", FieldErrorCode.UNKNOWN_CODE, "Select open or closed"));
        }
        ProjectDetails details = checked(input, null, errors);
        Stamp by = stamps.current();
        project.change(details, by);
        if (status.equals(QiProject.CLOSED) && project.isOpen()) {
            project.close(by);
        } else if (status.equals(QiProject.OPEN) && !project.isOpen()) {
            project.reopen(by);
        }
        projects.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, projectId.toString(),
                describe("QI project changed, " + project.status(), details));
        return views.full(project, caller.partIn(project));
    }

    public QiProjectView addMeasure(UUID projectId, MeasureInput input) {
        QiProject project = recordable(projectId);
        List<FieldError> errors = new ArrayList<>();
        Measure.MeasureKind kind = Measure.MeasureKind.fromCode(input.kind()).orElse(null);
        if (kind == null) {
            errors.add(new FieldError("kind", FieldErrorCode.UNKNOWN_CODE, "Select outcome, process or balancing"));
        }
        Measure.Direction direction = Measure.Direction.fromCode(input.direction()).orElse(null);
        if (direction == null) {
            errors.add(new FieldError("direction", FieldErrorCode.UNKNOWN_CODE, "Select increase or decrease"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Measure measure = Measure.define(projectId, kind, input.name().strip(), input.definition().strip(),
                input.unit().strip(), direction, input.baselinePoints(), stamps.current());
        projects.add(measure);
        projects.flush();
        audit.record(AuditAction.CREATE, MEASURE_ENTITY_TYPE, measure.id().toString(), kind.code() + " measure of QI "
                + "project " + projectId);
        return views.full(project, caller.partIn(project));
    }

    public RunChartView runChart(UUID projectId, UUID measureId) {
        QiProject project = find(projectId);
        ProjectPart part = caller.partIn(project);
        ProjectAccessPolicy.mayRead(part).orDeny(ENTITY_TYPE, projectId.toString());
        Measure measure = measureOf(project, measureId);
        audit.record(AuditAction.READ, MEASURE_ENTITY_TYPE, measureId.toString(), "run chart read");
        return views.runChart(project, measure, part);
    }

    /** Adds values to a measure; a missing or duplicate date refuses the whole batch (nothing saved is lost). */
    public RunChartView addPoints(UUID projectId, UUID measureId, DataPointsInput input) {
        QiProject project = recordable(projectId);
        Measure measure = measureOf(project, measureId);
        Set<LocalDate> held = projects.points(measureId).stream().map(DataPoint::onDate).collect(Collectors.toSet());
        List<DataPointsPolicy.Sent> sent = input.points().stream()
                .map(p -> p == null ? null : new DataPointsPolicy.Sent(p.date(), p.value())).toList();
        List<FieldError> errors = DataPointsPolicy.check(sent, held, Times.todayInUk(clock));
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Stamp by = stamps.current();
        input.points().forEach(p -> projects.add(DataPoint.record(measureId, p.date(), p.value(), blankToNull(p.note()),
                Boolean.TRUE.equals(p.astronomical()), by)));
        projects.flush();
        audit.record(AuditAction.UPDATE, MEASURE_ENTITY_TYPE, measureId.toString(), input.points().size()
                + " value(s) added");
        return views.runChart(project, measure, caller.partIn(project));
    }

    public QiProjectView addCycle(UUID projectId, PdsaCycleInput input) {
        QiProject project = recordable(projectId);
        List<FieldError> errors = new ArrayList<>();
        if (input.endedOn() != null && input.endedOn().isBefore(input.startedOn())) {
            errors.add(new FieldError("endedOn", FieldErrorCode.END_BEFORE_START,
                    "The end date must be the same as or after the start date"));
        }
        if (input.measureId() != null && projects.findMeasure(input.measureId())
                .filter(m -> m.projectId().equals(projectId)).isEmpty()) {
            errors.add(new FieldError("measureId", FieldErrorCode.UNKNOWN_ENTRY, "Select a measure of this project"));
        }
        if (input.pinnedOn() != null && input.measureId() == null) {
            errors.add(new FieldError("measureId", FieldErrorCode.REQUIRED,
                    "Select the measure whose chart the cycle is pinned to"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        PdsaCycle cycle = PdsaCycle.record(projectId, new PdsaCycle.Stages(input.title().strip(), input.plan().strip(),
                blankToNull(input.doText()), blankToNull(input.study()), blankToNull(input.act()),
                blankToNull(input.learnt()), input.startedOn(), input.endedOn(), input.measureId(), input.pinnedOn()),
                stamps.current());
        projects.add(cycle);
        projects.flush();
        audit.record(AuditAction.CREATE, CYCLE_ENTITY_TYPE, cycle.id().toString(), "PDSA cycle of QI project "
                + projectId + " from " + input.startedOn());
        return views.full(project, caller.partIn(project));
    }

    /** Only a team member or coach of the project posts the monthly update to the sponsor. */
    public QiProjectView postUpdate(UUID projectId, ProjectUpdateInput input) {
        QiProject project = find(projectId);
        ProjectPart part = caller.partIn(project);
        ProjectAccessPolicy.mayPostUpdate(part).orDeny(ENTITY_TYPE, projectId.toString());
        OpenProjectPolicy.mayRecord(project.isOpen()).orThrow();
        LocalDate today = Times.todayInUk(clock);
        ProjectUpdate update = ProjectUpdate.post(projectId, today, input.progress().strip(),
                blankToNull(input.nextSteps()), blankToNull(input.helpNeeded()), stamps.current());
        projects.add(update);
        projects.flush();
        audit.record(AuditAction.CREATE, UPDATE_ENTITY_TYPE, update.id().toString(), "monthly update of QI project "
                + projectId + " on " + today);
        return views.full(project, part);
    }

    private QiProject recordable(UUID projectId) {
        QiProject project = find(projectId);
        ProjectAccessPolicy.mayRecordWork(caller.partIn(project)).orDeny(ENTITY_TYPE, projectId.toString());
        OpenProjectPolicy.mayRecord(project.isOpen()).orThrow();
        return project;
    }

    private Measure measureOf(QiProject project, UUID measureId) {
        return projects.findMeasure(measureId).filter(m -> m.projectId().equals(project.id()))
                .orElseThrow(() -> ApiException.notFound("The measure"));
    }

    private QiProject find(UUID projectId) {
        return projects.find(projectId).orElseThrow(() -> ApiException.notFound("The QI project"));
    }

    private ProjectDetails checked(QiProjectInput input, UUID startingCoach) {
        return checked(input, startingCoach, new ArrayList<>());
    }

    private ProjectDetails checked(QiProjectInput input, UUID startingCoach, List<FieldError> errors) {
        if (activePerson(input.sponsorPersonId()) == null) {
            errors.add(new FieldError("sponsorPersonId", FieldErrorCode.UNKNOWN_PERSON, "Select a person from the list"));
        }
        Set<UUID> team = new LinkedHashSet<>();
        List<UUID> members = input.teamOrEmpty();
        for (int i = 0; i < members.size(); i++) {
            if (activePerson(members.get(i)) == null) {
                errors.add(new FieldError("teamPersonIds[" + i + "]", FieldErrorCode.UNKNOWN_PERSON,
                        "Select a person from the list"));
            } else if (!team.add(members.get(i))) {
                errors.add(new FieldError("teamPersonIds[" + i + "]", FieldErrorCode.DUPLICATE_MEMBER,
                        "This person is already in the team"));
            }
        }
        Set<UUID> coachIds = new LinkedHashSet<>();
        List<UUID> named = input.coachesOrEmpty();
        for (int i = 0; i < named.size(); i++) {
            UUID id = named.get(i);
            if (id == null || coaches.find(id).filter(CoachBrief::current).isEmpty()) {
                errors.add(new FieldError("coachIds[" + i + "]", FieldErrorCode.UNKNOWN_ENTRY,
                        "Select a current coach from the list"));
            } else {
                coachIds.add(id);
            }
        }
        if (startingCoach != null) {
            coachIds.add(startingCoach);
        }
        List<DriverEntry> drivers = drivers(input.driversOrEmpty(), errors);
        Set<ProjectLink> links = new LinkedHashSet<>();
        links(input.actionsOrEmpty(), "safetyActionIds", ProjectLink.SAFETY_ACTION,
                safetyActions.briefs(input.actionsOrEmpty()), FieldErrorCode.UNKNOWN_ENTRY, "Select a safety action",
                links, errors);
        links(input.plansOrEmpty(), "improvementPlanIds", ProjectLink.IMPROVEMENT_PLAN,
                improvementPlans.briefs(input.plansOrEmpty()), FieldErrorCode.UNKNOWN_PLAN,
                "Select a safety improvement plan", links, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new ProjectDetails(input.title().strip(), input.aim().strip(), input.sponsorPersonId(),
                input.startedOn(), team, coachIds, drivers, links);
    }

    private static void links(List<UUID> ids, String field, String kind, Map<UUID, ?> found, FieldErrorCode code,
                              String message, Set<ProjectLink> links, List<FieldError> errors) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || !found.containsKey(ids.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", code, message));
            } else {
                links.add(new ProjectLink(kind, ids.get(i)));
            }
        }
    }

    /** The driver tree, flattened in reading order. */
    private static List<DriverEntry> drivers(List<QiProjectInput.DriverInput> primaries, List<FieldError> errors) {
        List<DriverEntry> entries = new ArrayList<>();
        for (int p = 0; p < primaries.size(); p++) {
            QiProjectInput.DriverInput primary = primaries.get(p);
            String at = "drivers[" + p + "]";
            if (primary == null) {
                errors.add(new FieldError(at, FieldErrorCode.REQUIRED, "Enter the primary driver"));
                continue;
            }
            errors.addAll(DriverDiagramPolicy.check(at + ".text", primary.text()));
            entries.add(new DriverEntry(DriverEntry.PRIMARY, strip(primary.text())));
            List<QiProjectInput.SecondaryInput> secondaries = primary.secondaryOrEmpty();
            for (int s = 0; s < secondaries.size(); s++) {
                QiProjectInput.SecondaryInput secondary = secondaries.get(s);
                String secondaryAt = at + ".secondaryDrivers[" + s + "]";
                if (secondary == null) {
                    errors.add(new FieldError(secondaryAt, FieldErrorCode.REQUIRED, "Enter the secondary driver"));
                    continue;
                }
                errors.addAll(DriverDiagramPolicy.check(secondaryAt + ".text", secondary.text()));
                entries.add(new DriverEntry(DriverEntry.SECONDARY, strip(secondary.text())));
                List<String> ideas = secondary.ideasOrEmpty();
                for (int c = 0; c < ideas.size(); c++) {
                    errors.addAll(DriverDiagramPolicy.check(secondaryAt + ".changeIdeas[" + c + "]", ideas.get(c)));
                    entries.add(new DriverEntry(DriverEntry.CHANGE_IDEA, strip(ideas.get(c))));
                }
            }
        }
        return entries;
    }

    private DirectoryPerson activePerson(UUID id) {
        return id == null ? null : people.find(id).filter(DirectoryPerson::active).orElse(null);
    }

    private static String describe(String what, ProjectDetails details) {
        return what + ": sponsor person " + details.sponsorPersonId() + ", team of " + details.teamPersonIds().size()
                + ", coaches " + details.coachIds() + ", " + details.links().size() + " link(s)";
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
