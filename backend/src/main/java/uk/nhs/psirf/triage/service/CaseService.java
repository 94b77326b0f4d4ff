package uk.nhs.psirf.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.triage.api.CaseInput;
import uk.nhs.psirf.triage.api.CaseUpdate;
import uk.nhs.psirf.triage.api.CaseView;
import uk.nhs.psirf.triage.domain.CaseMembershipPolicy;
import uk.nhs.psirf.triage.domain.TriageCase;
import uk.nhs.psirf.triage.persistence.TriageCaseRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
    private final Stamps stamps;
    private final AuditService audit;

    public CaseService(TriageCaseRepository cases, Events events, CaseViews views, Stamps stamps,
                       AuditService audit) {
        this.cases = cases;
        this.events = events;
        this.views = views;
        this.stamps = stamps;
        this.audit = audit;
    }

    @Transactional
    public CaseView create(CaseInput input) {
        Map<UUID, PatientSafetyEvent> chosen = checkedEvents(input.eventIds(), null);
        Stamp by = stamps.current();
        TriageCase triageCase = TriageCase.open(reference(by.at(), cases.nextReferenceNumber()), input.title().strip(),
                blankToNull(input.theme()), by);
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
        CaseMembershipPolicy.mayChange(triageCase).orThrow();
        Map<UUID, PatientSafetyEvent> chosen = checkedEvents(update.eventIds(), caseId);
        List<PatientSafetyEvent> before = events.inCase(caseId);
        String eventsBefore = references(before);
        before.stream().filter(e -> !chosen.containsKey(e.id())).forEach(e -> e.groupInto(null));
        chosen.values().forEach(e -> e.groupInto(caseId));
        triageCase.rename(update.title().strip(), blankToNull(update.theme()), stamps.current().at());
        cases.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, triageCase.id().toString(),
                "update case " + triageCase.reference() + ": events " + eventsBefore + " -> "
                        + references(chosen.values()));
        return views.detail(triageCase, events.inCase(caseId));
    }

    /** The chosen events, each allowed to join the case; otherwise 400 naming every refused item. */
    private Map<UUID, PatientSafetyEvent> checkedEvents(List<UUID> ids, UUID caseId) {
        Map<UUID, PatientSafetyEvent> found = events.findAll(ids);
        List<Verdict> verdicts = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            verdicts.add(CaseMembershipPolicy.mayJoin(found.get(id), caseId, !seen.add(id), "eventIds[" + i + "]"));
        }
        Verdict.all(verdicts).orThrow();
        return found;
    }

    /** "CASE-YYYY-NNNN", the year in UK time as for event references. */
    static String reference(Instant now, long number) {
        return String.format("CASE-%d-%04d", now.atZone(ClockProducer.UK).getYear(), number);
    }

    private static String references(Collection<PatientSafetyEvent> events) {
        return events.stream().map(PatientSafetyEvent::reference).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
