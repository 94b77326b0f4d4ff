package uk.nhs.psirf.oversight.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.safetyactions.domain.OverduePolicy;
import uk.nhs.psirf.oversight.api.CountView;
import uk.nhs.psirf.oversight.api.DeidentifiedAction;
import uk.nhs.psirf.oversight.api.DeidentifiedEvent;
import uk.nhs.psirf.oversight.api.DeidentifiedPlan;
import uk.nhs.psirf.oversight.api.DeidentifiedPlanSummary;
import uk.nhs.psirf.oversight.api.DeidentifiedResponse;
import uk.nhs.psirf.oversight.api.DeidentifiedResponseSummary;
import uk.nhs.psirf.oversight.api.OversightFigures;
import uk.nhs.psirf.oversight.api.PlanProgressView;
import uk.nhs.psirf.oversight.api.ResponseCounts;
import uk.nhs.psirf.oversight.api.TeamRoleView;
import uk.nhs.psirf.oversight.domain.CaseLabels;
import uk.nhs.psirf.oversight.domain.Redaction;
import uk.nhs.psirf.oversight.persistence.OversightFacts;
import uk.nhs.psirf.oversight.persistence.OversightFacts.ActionFacts;
import uk.nhs.psirf.oversight.persistence.OversightFacts.EventFacts;
import uk.nhs.psirf.oversight.persistence.OversightFacts.PlanFacts;
import uk.nhs.psirf.oversight.persistence.OversightGroupRepository;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.reference.Code;
import uk.nhs.psirf.reference.Lfpse;
import uk.nhs.psirf.responses.domain.DueStatus;
import uk.nhs.psirf.responses.domain.LearningResponse;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;
import uk.nhs.psirf.responses.domain.Timeframe;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the de-identified views partners receive: separate records that never carry a name, an NHS number, a date
 * of birth, an address, the exact location or free text, except the summary for oversight and titles, which are
 * redacted with every identifier known for the work. The service (not the location) is shown: a ward and a month
 * could point to one patient.
 */
@ApplicationScoped
public class DeidentifiedViews {
    static final String ROLE_NOT_RECORDED = "Role not recorded";
    private static final List<String> ACTION_STATUSES = List.of("proposed", "agreed", "in-progress", "completed",
            "cancelled");
    private static final Map<String, String> ACTION_STATUS_DISPLAY = Map.of("proposed", "Proposed", "agreed",
            "Agreed", "in-progress", "In progress", "completed", "Completed", "cancelled", "Cancelled");
    private static final Map<String, String> SEIPS = seips();
    private static final Map<String, String> RESPONSE_STATUS_DISPLAY = Map.of("awaiting-verification",
            "Awaiting verification", "in-progress", "In progress", "paused", "Paused", "closed", "Closed");
    private static final Map<String, String> EVENT_TYPE_DISPLAY = Map.of("incident", "Incident", "near-miss",
            "Near miss", "no-harm-incident", "No harm incident", "good-care", "Good care");

    private final OversightFacts facts;
    private final OversightGroupRepository groups;
    private final KnownIdentifiers known;
    private final Clock clock;

    public DeidentifiedViews(OversightFacts facts, OversightGroupRepository groups, KnownIdentifiers known,
                             Clock clock) {
        this.facts = facts;
        this.groups = groups;
        this.known = known;
        this.clock = clock;
    }

    public DeidentifiedResponseSummary summary(LearningResponse r) {
        List<EventFacts> events = facts.events(r.id());
        Optional<Timeframe> timeframe = r.timeframe(ClockProducer.UK, today());
        return new DeidentifiedResponseSummary(r.id(), r.reference(), r.type().code(), r.type().display(),
                r.status().code(), distinct(events, EventFacts::category), distinct(events, EventFacts::service),
                events.stream().map(EventFacts::occurredAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                        .map(at -> YearMonth.from(at.atZone(ClockProducer.UK)).toString()).orElse(null),
                timeframe.map(Timeframe::targetOn).orElse(null),
                timeframe.map(t -> t.dueStatus(today()).code()).orElse(null));
    }

    public DeidentifiedResponse detail(LearningResponse r, UUID groupId) {
        List<EventFacts> events = facts.events(r.id());
        Redaction redaction = known.forResponse(r.id());
        CaseLabels labels = new CaseLabels();
        List<DeidentifiedEvent> eventViews = events.stream().map(e -> new DeidentifiedEvent(
                labels.labelFor(CaseLabels.patientKey(e.patientInvolved(), e.nhsNumber(), e.patientName(),
                        e.id().toString())),
                e.occurredAt() == null ? null : YearMonth.from(e.occurredAt().atZone(ClockProducer.UK)).toString(),
                EVENT_TYPE_DISPLAY.getOrDefault(e.eventType(), e.eventType()), e.category(), e.service(),
                Lfpse.PHYSICAL_HARM.code(e.physicalHarm()).map(Code::display).orElse(null),
                Lfpse.PSYCHOLOGICAL_HARM.code(e.psychologicalHarm()).map(Code::display).orElse(null))).toList();
        Optional<Timeframe> timeframe = r.timeframe(ClockProducer.UK, today());
        String leadRole = r.leadPersonId().map(id -> facts.jobRole(id).orElse(ROLE_NOT_RECORDED)).orElse(null);
        List<TeamRoleView> team = r.teamMembers().stream().map(m -> new TeamRoleView(
                facts.jobRole(m.personId()).orElse(ROLE_NOT_RECORDED), redaction.apply(m.teamRole()))).toList();
        List<ActionFacts> actions = facts.actionsOfResponse(r.id());
        Map<String, Long> factors = facts.factorsByComponent(r.id());
        ResponseCounts counts = new ResponseCounts(events.size(), facts.findings(r.id()),
                SEIPS.entrySet().stream().map(s -> new CountView(s.getKey(), s.getValue(),
                        factors.getOrDefault(s.getKey(), 0L))).toList(),
                facts.contacts(r.id()), actionsByStatus(actions));
        return new DeidentifiedResponse(r.id(), groupId, r.reference(), r.type().code(), r.type().display(),
                r.status().code(), labels.labels(), eventViews, r.createdAt().atZone(ClockProducer.UK).toLocalDate(),
                r.startedAt() == null ? null : r.startedAt().atZone(ClockProducer.UK).toLocalDate(),
                timeframe.map(Timeframe::targetOn).orElse(null),
                timeframe.map(t -> t.dueStatus(today()).code()).orElse(null), leadRole, team, counts,
                groups.summary(r.id()).map(redaction::apply).orElse(null));
    }

    public DeidentifiedPlanSummary planSummary(PlanFacts plan, long responses) {
        Redaction redaction = redactionForPlan(plan.id());
        return new DeidentifiedPlanSummary(plan.id(), plan.reference(), redaction.apply(plan.title()), plan.scope(),
                redaction.apply(plan.scopeDetail()), plan.status(), plan.reviewOn(),
                progress(facts.actionsOfPlan(plan.id()), responses));
    }

    public DeidentifiedPlan plan(PlanFacts plan, UUID groupId) {
        Redaction redaction = redactionForPlan(plan.id());
        List<ActionFacts> actions = facts.actionsOfPlan(plan.id());
        LocalDate today = today();
        return new DeidentifiedPlan(plan.id(), groupId, plan.reference(), redaction.apply(plan.title()),
                plan.scope(), redaction.apply(plan.scopeDetail()), plan.status(), plan.reviewOn(),
                "open".equals(plan.status()) && plan.reviewOn().isBefore(today),
                facts.jobRole(plan.ownerPersonId()).orElse(ROLE_NOT_RECORDED),
                progress(actions, facts.responsesOfPlan(plan.id()).size()),
                actions.stream().map(a -> new DeidentifiedAction(a.reference(), redaction.apply(a.title()),
                        a.status(), a.dueOn(), OverduePolicy.isOverdue(a.status(), a.dueOn(), today),
                        a.effectiveness())).toList());
    }

    public OversightFigures figures(UUID groupId, Collection<LearningResponse> responses, List<PlanFacts> plans) {
        LocalDate today = today();
        Map<String, Long> byStatus = responses.stream().collect(Collectors.groupingBy(r -> r.status().code(),
                LinkedHashMap::new, Collectors.counting()));
        Map<ResponseType, Long> byType = responses.stream().collect(Collectors.groupingBy(LearningResponse::type,
                LinkedHashMap::new, Collectors.counting()));
        long overdueResponses = responses.stream().filter(r -> r.status() != LearningResponseStatus.CLOSED)
                .filter(r -> r.timeframe(ClockProducer.UK, today).map(t -> t.dueStatus(today) == DueStatus.OVERDUE)
                        .orElse(false)).count();
        List<ActionFacts> actions = facts.actionsOfGroup(groupId);
        return new OversightFigures(
                RESPONSE_STATUS_DISPLAY.keySet().stream().sorted(Comparator.comparing(DeidentifiedViews::statusOrder))
                        .map(code -> new CountView(code, RESPONSE_STATUS_DISPLAY.get(code),
                                byStatus.getOrDefault(code, 0L))).toList(),
                byType.entrySet().stream().map(e -> new CountView(e.getKey().code(), e.getKey().display(),
                        e.getValue())).toList(),
                overdueResponses, actionsByStatus(actions),
                actions.stream().filter(a -> OverduePolicy.isOverdue(a.status(), a.dueOn(), today)).count(),
                actions.stream().filter(a -> "not-effective".equals(a.effectiveness())
                        && !"cancelled".equals(a.status())).count(),
                plans.stream().filter(p -> "open".equals(p.status())).count(),
                plans.stream().filter(p -> "closed".equals(p.status())).count());
    }

    /**
     * A group's purpose as its partners read it: the team may name anyone in it, so it is redacted like the summary
     * for oversight, with the identifiers of every response the group oversees, directly or through its plans.
     */
    public String purpose(UUID groupId, String purpose) {
        if (purpose == null) {
            return null;
        }
        List<UUID> responses = new ArrayList<>(facts.responsesOfGroup(groupId));
        List<String> names = new ArrayList<>();
        for (PlanFacts plan : facts.plansOfGroup(groupId)) {
            responses.addAll(responsesBehind(plan.id()));
            names.addAll(facts.namesLinkedToPlan(plan.id()));
        }
        return known.forResponses(responses, names).apply(purpose);
    }

    /** A plan's text is redacted with the identifiers of every response it gathers or its actions come from. */
    Redaction redactionForPlan(UUID planId) {
        return known.forResponses(responsesBehind(planId), facts.namesLinkedToPlan(planId));
    }

    /** The responses a plan gathers and those its actions come from. */
    private List<UUID> responsesBehind(UUID planId) {
        List<UUID> responses = new ArrayList<>(facts.responsesOfPlan(planId));
        facts.actionsOfPlan(planId).stream().map(ActionFacts::responseId).filter(Objects::nonNull)
                .forEach(responses::add);
        return responses;
    }

    private PlanProgressView progress(List<ActionFacts> actions, long responses) {
        LocalDate today = today();
        List<ActionFacts> live = actions.stream().filter(a -> !"cancelled".equals(a.status())).toList();
        return new PlanProgressView(live.size(), live.stream().filter(a -> "completed".equals(a.status())).count(),
                live.stream().filter(a -> OverduePolicy.isOverdue(a.status(), a.dueOn(), today)).count(),
                live.stream().filter(a -> "not-effective".equals(a.effectiveness())).count(), responses);
    }

    private static List<CountView> actionsByStatus(List<ActionFacts> actions) {
        Map<String, Long> counted = actions.stream().collect(Collectors.groupingBy(ActionFacts::status,
                Collectors.counting()));
        return ACTION_STATUSES.stream().map(s -> new CountView(s, ACTION_STATUS_DISPLAY.get(s),
                counted.getOrDefault(s, 0L))).toList();
    }

    private static List<String> distinct(List<EventFacts> events, Function<EventFacts, String> field) {
        return events.stream().map(field).filter(Objects::nonNull).distinct().toList();
    }

    private static int statusOrder(String code) {
        return List.of("awaiting-verification", "in-progress", "paused", "closed").indexOf(code);
    }

    private static Map<String, String> seips() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("person", "Person");
        out.put("tasks", "Tasks");
        out.put("tools-and-technology", "Tools and technology");
        out.put("organisation", "Organisation");
        out.put("internal-environment", "Internal environment");
        out.put("external-environment", "External environment");
        return out;
    }

    private LocalDate today() {
        return Times.todayInUk(clock);
    }
}
