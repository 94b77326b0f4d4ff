package uk.nhs.psirf.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.reference.CodeList;
import uk.nhs.psirf.reference.EventCategory;
import uk.nhs.psirf.reference.Lfpse;
import uk.nhs.psirf.reference.Location;
import uk.nhs.psirf.reference.ReferenceData;
import uk.nhs.psirf.reporting.api.EventDetail;
import uk.nhs.psirf.reporting.api.NewEventReport;
import uk.nhs.psirf.reporting.api.PatientDetails;
import uk.nhs.psirf.reporting.domain.EventFacts;
import uk.nhs.psirf.reporting.domain.NhsNumberPolicy;
import uk.nhs.psirf.reporting.domain.Patient;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.reporting.domain.Reporter;
import uk.nhs.psirf.reporting.persistence.EventRepository;

import java.util.ArrayList;
import java.util.List;

/** Use case: a member of staff reports a patient safety event. */
@ApplicationScoped
public class ReportingService {
    public static final String ENTITY_TYPE = "event";

    private final EventRepository events;
    private final ReferenceData referenceData;
    private final Stamps stamps;
    private final CurrentViewer currentViewer;
    private final EventViews views;
    private final AuditService audit;

    public ReportingService(EventRepository events, ReferenceData referenceData, Stamps stamps,
                            CurrentViewer currentViewer, EventViews views, AuditService audit) {
        this.events = events;
        this.referenceData = referenceData;
        this.stamps = stamps;
        this.currentViewer = currentViewer;
        this.views = views;
        this.audit = audit;
    }

    @Transactional
    public EventDetail report(NewEventReport report) {
        EventFacts facts = checkedFacts(report);
        Stamp by = stamps.current();
        String key = currentViewer.reporterKey();
        Reporter reporter = report.reportsAnonymously()
                ? Reporter.anonymous(key)
                : Reporter.named(by.sub(), by.name(), key);
        String reference = reference(by.at().atZone(ClockProducer.UK).getYear(), events.nextReferenceNumber());
        PatientSafetyEvent event = PatientSafetyEvent.report(reference, reporter, report.reportsAnonymously(), facts,
                by.at());
        events.add(event);
        if (report.reportsAnonymously()) {
            // The audit must not undo the anonymity promise: naming the reporter (or their address) here would
            // let anyone with audit access identify them, so an anonymous report is created by "anonymous".
            audit.recordAnonymous(AuditAction.CREATE, ENTITY_TYPE, event.id().toString(), reference);
        } else {
            audit.record(AuditAction.CREATE, ENTITY_TYPE, event.id().toString(), reference);
        }
        return views.detail(event, currentViewer.get());
    }

    /** "PSE-%d-%06d", without a Formatter (a measurable part of each report's CPU time). */
    static String reference(int year, long number) {
        String digits = Long.toString(number);
        return "PSE-" + year + "-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
    }

    /** Checks the codes against the reference data, naming every unknown one. */
    private EventFacts checkedFacts(NewEventReport report) {
        List<FieldError> errors = new ArrayList<>();
        Location location = referenceData.activeLocation(report.locationCode()).orElse(null);
        if (location == null) {
            errors.add(unknown("locationCode", "Select a location from the list"));
        }
        EventCategory category = referenceData.activeCategory(report.categoryCode()).orElse(null);
        if (category == null) {
            errors.add(unknown("categoryCode", "Select a category from the list"));
        }
        PatientDetails patient = report.patient();
        if (patient != null) {
            checkCode(errors, "patient.ageBracket", patient.ageBracket(), Lfpse.AGE_BRACKETS);
            checkCode(errors, "patient.gender", patient.gender(), Lfpse.GENDERS);
            checkCode(errors, "patient.ethnicity", patient.ethnicity(), Lfpse.ETHNICITIES);
        }
        for (int i = 0; i < report.staffOrEmpty().size(); i++) {
            var staff = report.staffOrEmpty().get(i);
            if (staff == null) {
                errors.add(new FieldError("staffInvolved[" + i + "]", FieldErrorCode.REQUIRED, "Enter the member of staff"));
            } else {
                checkCode(errors, "staffInvolved[" + i + "].staffType", staff.staffType(), Lfpse.STAFF_TYPES);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new EventFacts(report.eventType(), report.occurredAt(), location, category, report.physicalHarm(),
                report.psychologicalHarm(), report.whatHappened(), blankToNull(report.immediateActions()),
                patient == null ? null : toPatient(patient),
                report.staffOrEmpty().stream()
                        .map(s -> new EventFacts.Staff(blankToNull(s.name()), s.role().trim(), s.staffType()))
                        .toList());
    }

    private static Patient toPatient(PatientDetails patient) {
        return new Patient(blankToNull(patient.name()), NhsNumberPolicy.normalise(patient.nhsNumber()),
                patient.dateOfBirth(), blankToNull(patient.address()), patient.ageBracket(), patient.gender(),
                patient.ethnicity());
    }

    private static void checkCode(List<FieldError> errors, String field, Integer code, CodeList codes) {
        if (code != null && !codes.contains(code)) {
            errors.add(unknown(field, "Select a value from the list"));
        }
    }

    private static FieldError unknown(String field, String message) {
        return new FieldError(field, FieldErrorCode.UNKNOWN_CODE, message);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
