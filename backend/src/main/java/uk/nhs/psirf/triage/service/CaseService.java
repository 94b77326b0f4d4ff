package uk.nhs.psirf.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.triage.api.CaseInput;
import uk.nhs.psirf.triage.api.CaseUpdate;
import uk.nhs.psirf.triage.api.CaseView;
import uk.nhs.psirf.triage.domain.CaseMembershipPolicy;
import uk.nhs.psirf.triage.domain.TriageCase;
import uk.nhs.psirf.triage.persistence.TriageCaseRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Use cases: a patient safety specialist groups events into a case (multi-incident review, a theme) and changes it. */
@ApplicationScoped
public class CaseService {
    public static final String ENTITY_TYPE = "case";

    private final TriageCaseRepository cases;
    private final Events events;
    private final CaseViews views;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    public CaseService(TriageCaseRepository cases, Events events, CaseViews views, CurrentUser currentUser,
                       AuditService audit, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.views = views;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CaseView create(CaseInput input) {
        Map<UUID, PatientSafetyEvent> chosen = checkedEvents(input.eventIds(), null);
        Instant now = Times.now(clock);
        TriageCase triageCase = TriageCase.open(reference(now, cases.nextReferenceNumber()), input.title().strip(),
                blankToNull(input.theme()), currentUser.sub(), currentUser.name(), now);
        cases.add(triageCase);
        chosen.values().forEach(e -> e.groupInto(triageCase.id()));
        cases.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, triageCase.id().toString(),
                "open case " + triageCase.reference() + " with " + references(chosen.values()));
        return views.detail(triageCase, events.inCase(triageCase.id()));
    }

    /** Events left out of the update leave the case; until the case is decided. */
    @Transactional
    public CaseView update(UUID caseId, CaseUpdate update) {
        TriageCase triageCase = cases.find(caseId).orElseThrow(() -> ApiException.notFound("The case"));
        if (triageCase.version() != update.version()) {
            throw ApiException.staleVersion();
        }
        if (!CaseMembershipPolicy.mayChange(triageCase)) {
            CaseMembershipPolicy.Refusal refusal = CaseMembershipPolicy.Refusal.CASE_DECIDED;
            throw new ValidationFailedException(List.of(new FieldError("eventIds", refusal.code(),
                    refusal.message())));
        }
        Map<UUID, PatientSafetyEvent> chosen = checkedEvents(update.eventIds(), caseId);
        List<PatientSafetyEvent> before = events.inCase(caseId);
        String eventsBefore = references(before);
        before.stream().filter(e -> !chosen.containsKey(e.id())).forEach(e -> e.groupInto(null));
        chosen.values().forEach(e -> e.groupInto(caseId));
        triageCase.rename(update.title().strip(), blankToNull(update.theme()), Times.now(clock));
        cases.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, triageCase.id().toString(),
                "update case " + triageCase.reference() + ": events " + eventsBefore + " -> "
                        + references(chosen.values()));
        return views.detail(triageCase, events.inCase(caseId));
    }

    /** The chosen events, each allowed to join the case; otherwise 400 naming every refused item. */
    private Map<UUID, PatientSafetyEvent> checkedEvents(List<UUID> ids, UUID caseId) {
        Map<UUID, PatientSafetyEvent> found = events.findAll(ids);
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "eventIds[" + i + "]";
            if (!seen.add(ids.get(i))) {
                errors.add(new FieldError(field, FieldError.INVALID_VALUE, "This event is listed twice"));
                continue;
            }
            CaseMembershipPolicy.refusalToJoin(found.get(ids.get(i)), caseId)
                    .ifPresent(r -> errors.add(new FieldError(field, r.code(), r.message())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return found;
    }

    /** "CASE-YYYY-NNNN", the year in UK time as for event references. */
    static String reference(Instant now, long number) {
        return String.format("CASE-%d-%04d", now.atZone(ClockProducer.UK).getYear(), number);
    }

    private static String references(java.util.Collection<PatientSafetyEvent> events) {
        return events.stream().map(PatientSafetyEvent::reference).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
