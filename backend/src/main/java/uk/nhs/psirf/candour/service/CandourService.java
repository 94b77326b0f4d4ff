package uk.nhs.psirf.candour.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.candour.api.BankHolidayCoverageView;
import uk.nhs.psirf.candour.api.CandourDecisionInput;
import uk.nhs.psirf.candour.api.CandourDecisionView;
import uk.nhs.psirf.candour.api.CandourList;
import uk.nhs.psirf.candour.api.CandourResponseLink;
import uk.nhs.psirf.candour.api.CandourStepsInput;
import uk.nhs.psirf.candour.api.CandourStepsView;
import uk.nhs.psirf.candour.api.CandourSummary;
import uk.nhs.psirf.candour.api.CandourView;
import uk.nhs.psirf.candour.domain.BankHolidayCoverage;
import uk.nhs.psirf.candour.domain.CandourRecord;
import uk.nhs.psirf.candour.domain.CandourStatus;
import uk.nhs.psirf.candour.domain.CandourStatusPolicy;
import uk.nhs.psirf.candour.domain.CandourStepRules;
import uk.nhs.psirf.candour.domain.CandourSteps;
import uk.nhs.psirf.candour.domain.NotifiablePolicy;
import uk.nhs.psirf.candour.domain.WrittenNotificationDeadline;
import uk.nhs.psirf.candour.persistence.BankHolidayRepository;
import uk.nhs.psirf.candour.persistence.CandourRepository;
import uk.nhs.psirf.reporting.EventHarm;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.responses.ResponseBrief;
import uk.nhs.psirf.responses.Responses;
import uk.nhs.psirf.triage.DecidableEvent;
import uk.nhs.psirf.triage.EventDecisions;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.reference.Lfpse;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Objects;
import java.util.stream.Stream;

/** Use cases of Duty of Candour (policy §6): read an event's candour, decide it is notifiable, record the steps. */
@ApplicationScoped
public class CandourService {
    public static final String ENTITY_TYPE = "candour";

    private final CandourRepository records;
    private final BankHolidayRepository holidays;
    private final EventDecisions events;
    private final Events reported;
    private final Responses responses;
    private final CandourAccess access;
    private final Stamps stamps;
    private final AuditService audit;

    public CandourService(CandourRepository records, BankHolidayRepository holidays, EventDecisions events,
                          Events reported, Responses responses,
                          CandourAccess access, Stamps stamps, AuditService audit) {
        this.records = records;
        this.holidays = holidays;
        this.events = events;
        this.reported = reported;
        this.responses = responses;
        this.access = access;
        this.stamps = stamps;
        this.audit = audit;
    }

    /**
     * Who gave and who received the verbal notification of the event, as recorded (a name or a role), and who
     * decided. For redaction before anything about it reaches a patient safety partner: read in the caller's transaction and
     * never served, so not audited here (the caller audits what it serves).
     */
    @Transactional
    public List<String> namesOrRolesHeld(UUID eventId) {
        return records.find(eventId).map(r -> Stream.of(r.steps().verbalNotifiedBy(), r.steps().verbalNotifiedTo(),
                r.decidedByName()).filter(Objects::nonNull).toList()).orElse(List.of());
    }

    @Transactional
    public CandourList list() {
        Set<LocalDate> bankHolidays = holidays.dates();
        LocalDate today = today();
        BankHolidayCoverage coverage = BankHolidayCoverage.of(bankHolidays, today);
        List<CandourSummary> items = listRows().stream()
                .map(row -> summary(row, bankHolidays, coverage, today))
                .sorted(Comparator.comparingInt((CandourSummary s) -> s.status().urgency())
                        .thenComparing(CandourSummary::writtenDueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        audit.record(AuditAction.LIST, ENTITY_TYPE, null, "candour list, " + items.size() + " events");
        return new CandourList(items, BankHolidayCoverageView.of(coverage, today));
    }

    @Transactional
    public CandourView read(UUID eventId) {
        DecidableEvent event = event(eventId);
        List<ResponseBrief> holders = responses.holding(eventId);
        access.requireRead(eventId, leads(holders));
        audit.record(AuditAction.READ, ENTITY_TYPE, eventId.toString(), "candour of " + event.reference());
        return view(event, records.find(eventId).orElse(null), holders);
    }

    @Transactional
    public CandourView decide(UUID eventId, CandourDecisionInput input) {
        DecidableEvent event = event(eventId);
        CandourRecord record = current(eventId, input.version());
        CandourInputChecks.checkDecision(input);
        record.decide(input.notifiable(), input.prolongedPsychologicalHarm(), input.reason().strip(),
                stamps.current());
        records.save(record);
        boolean proposed = NotifiablePolicy.isNotifiable(event.physicalHarm(), input.prolongedPsychologicalHarm());
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, eventId.toString(), "candour decision on " + event.reference()
                + ": notifiable=" + input.notifiable() + " prolongedPsychologicalHarm="
                + input.prolongedPsychologicalHarm() + (proposed == input.notifiable() ? "" : " (departs from the harm)"));
        return view(event, record, responses.holding(eventId));
    }

    @Transactional
    public CandourView recordSteps(UUID eventId, CandourStepsInput input) {
        DecidableEvent event = event(eventId);
        List<ResponseBrief> holders = responses.holding(eventId);
        access.requireRecordSteps(eventId, leads(holders));
        CandourRecord record = current(eventId, input.version());
        CandourStepRules.mayRecordSteps(event.reference(), record).orThrow();
        LocalDate occurredOn = event.occurredAt().atZone(ClockProducer.UK).toLocalDate();
        CandourSteps steps = CandourInputChecks.checkSteps(input, today(), occurredOn);
        record.recordSteps(steps, stamps.current());
        records.save(record);
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, eventId.toString(), "candour steps of " + event.reference()
                + ": verbal=" + steps.verbalNotifiedOn() + " written=" + steps.writtenSentOn()
                + " findings=" + steps.findingsSharedOn() + " reasons recorded: verbal="
                + (steps.verbalNotDoneReason() != null) + " written=" + (steps.writtenNotDoneReason() != null)
                + " findings=" + (steps.findingsNotDoneReason() != null));
        return view(event, record, holders);
    }

    /**
     * The record at the version the caller read. The API's version is 0 while there is no record and the stored
     * version plus one after, so a first write (version 0) starts it; {@link CandourRepository#save} keeps it
     * once changed, so that it is inserted as it stands rather than inserted and then updated.
     */
    private CandourRecord current(UUID eventId, long expectedVersion) {
        CandourRecord record = records.find(eventId).orElse(null);
        if (record == null) {
            if (expectedVersion != 0) {
                throw ApiException.staleVersion();
            }
            return CandourRecord.startFor(eventId, stamps.current());
        }
        if (record.version() + 1 != expectedVersion) {
            throw ApiException.staleVersion();
        }
        return record;
    }

    private CandourView view(DecidableEvent event, CandourRecord record, List<ResponseBrief> responses) {
        Set<LocalDate> bankHolidays = holidays.dates();
        LocalDate dueOn = writtenDueOn(record, bankHolidays);
        LocalDate today = today();
        BankHolidayCoverage coverage = BankHolidayCoverage.of(bankHolidays, today);
        CandourStatus status = CandourStatusPolicy.status(record, dueOn, today);
        CandourSteps steps = record == null ? CandourSteps.NONE : record.steps();
        boolean overdue = record != null && CandourStatusPolicy.isWrittenOverdue(record, dueOn, today);
        CandourDecisionView decision = record == null || record.notifiable() == null ? null
                : new CandourDecisionView(record.notifiable(), record.prolongedPsychologicalHarm(),
                        record.decisionReason(), record.decidedByName(), record.decidedAt());
        List<UUID> leads = leads(responses);
        return new CandourView(event.id(), event.reference(), record == null ? 0 : record.version() + 1,
                Lfpse.PHYSICAL_HARM.code(event.physicalHarm()).orElseThrow(),
                Lfpse.PSYCHOLOGICAL_HARM.code(event.psychologicalHarm()).orElseThrow(),
                NotifiablePolicy.isNotifiable(event.physicalHarm(), false),
                NotifiablePolicy.explain(event.physicalHarm(),
                        Lfpse.PHYSICAL_HARM.code(event.physicalHarm()).orElseThrow().display()),
                decision, stepsView(steps, dueOn, overdue, coverage), status, status.display(),
                responses.stream().map(r -> new CandourResponseLink(r.id(), r.reference())).toList(),
                access.mayDecide(), access.mayRecordSteps(leads));
    }

    private static CandourStepsView stepsView(CandourSteps s, LocalDate dueOn, boolean overdue,
                                              BankHolidayCoverage coverage) {
        return new CandourStepsView(s.verbalNotifiedOn(), s.verbalNotifiedBy(), s.verbalNotifiedTo(),
                s.verbalNotDoneReason(), dueOn, overdue, s.writtenSentOn(), s.writtenNotDoneReason(),
                s.findingsSharedOn(), s.findingsNotDoneReason(), coverage.isBeyond(dueOn),
                coverage.dueDateWarning(dueOn));
    }

    private CandourSummary summary(CandourListRow row, Set<LocalDate> bankHolidays, BankHolidayCoverage coverage,
                                   LocalDate today) {
        CandourRecord record = row.record();
        LocalDate dueOn = writtenDueOn(record, bankHolidays);
        CandourStatus status = CandourStatusPolicy.status(record, dueOn, today);
        CandourSteps steps = record == null ? CandourSteps.NONE : record.steps();
        return new CandourSummary(row.event().id(), row.event().reference(),
                Lfpse.PHYSICAL_HARM.code(row.event().physicalHarm()).orElseThrow(),
                record == null ? null : record.notifiable(), steps.verbalNotifiedOn(), dueOn, steps.writtenSentOn(),
                steps.findingsSharedOn(), status, status.display(), coverage.isBeyond(dueOn));
    }

    private static LocalDate writtenDueOn(CandourRecord record, Set<LocalDate> bankHolidays) {
        if (record == null || !Boolean.TRUE.equals(record.notifiable()) || record.verbalNotifiedOn() == null) {
            return null;
        }
        return WrittenNotificationDeadline.dueOn(record.verbalNotifiedOn(), bankHolidays);
    }

    private static List<UUID> leads(List<ResponseBrief> responses) {
        return responses.stream().map(ResponseBrief::leadPersonId).toList();
    }

    /** Events on the candour list: those whose harm proposes candour, and those with a candour record. */
    private List<CandourListRow> listRows() {
        Map<UUID, CandourRecord> recorded = records.byEvent();
        return reported.harmedAtLeast(NotifiablePolicy.MODERATE_PHYSICAL_HARM, recorded.keySet()).stream()
                .map(e -> new CandourListRow(e, recorded.get(e.id()))).toList();
    }

    private record CandourListRow(EventHarm event, CandourRecord record) {
    }

    private DecidableEvent event(UUID eventId) {
        return events.event(eventId).orElseThrow(() -> ApiException.notFound("The event"));
    }

    private LocalDate today() {
        return stamps.current().todayInUk();
    }
}
