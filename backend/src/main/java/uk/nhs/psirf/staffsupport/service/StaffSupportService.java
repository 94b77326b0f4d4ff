package uk.nhs.psirf.staffsupport.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.responses.ResponseBrief;
import uk.nhs.psirf.responses.Responses;
import uk.nhs.psirf.staffsupport.api.MyStaffSupportItem;
import uk.nhs.psirf.staffsupport.api.MyStaffSupportList;
import uk.nhs.psirf.staffsupport.api.StaffSupportInput;
import uk.nhs.psirf.staffsupport.api.StaffInvolvedView;
import uk.nhs.psirf.staffsupport.api.StaffSupportList;
import uk.nhs.psirf.staffsupport.api.StaffSupportView;
import uk.nhs.psirf.staffsupport.api.SupporterInput;
import uk.nhs.psirf.staffsupport.api.SupportStepInput;
import uk.nhs.psirf.staffsupport.domain.NextSupportStepPolicy;
import uk.nhs.psirf.staffsupport.domain.StaffSupport;
import uk.nhs.psirf.staffsupport.domain.StaffSupportVisibilityPolicy;
import uk.nhs.psirf.staffsupport.domain.SupportDetails;
import uk.nhs.psirf.staffsupport.domain.SupportStep;
import uk.nhs.psirf.staffsupport.domain.SupportStepRecord;
import uk.nhs.psirf.staffsupport.domain.SupporterPartPolicy;
import uk.nhs.psirf.staffsupport.persistence.StaffSupportRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Support for the staff involved in a learning response (policy §8, Appendix 2). Confidential to those giving it
 * ({@link StaffSupportVisibilityPolicy}): anyone else, the response's lead included, gets 403 (audited by the
 * platform). Every read and change is audited.
 */
@ApplicationScoped
@Transactional
public class StaffSupportService {
    public static final String ENTITY_TYPE = "staff-support";

    private final Responses responses;
    private final Events events;
    private final StaffSupportRepository support;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final CallerPerson callerPerson;
    private final Stamps stamps;
    private final AuditService audit;
    private final Clock clock;

    public StaffSupportService(Responses responses, Events events, StaffSupportRepository support,
                               Directory directory, CurrentUser currentUser, CallerPerson callerPerson,
                               Stamps stamps, AuditService audit, Clock clock) {
        this.responses = responses;
        this.events = events;
        this.support = support;
        this.directory = directory;
        this.currentUser = currentUser;
        this.callerPerson = callerPerson;
        this.stamps = stamps;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The names held on the response's staff support: each staff member, line manager and reviewer.
     * For redaction before anything about it reaches a patient safety partner: read in the caller's transaction and
     * never served, so not audited here (the caller audits what it serves).
     */
    public List<String> namesHeld(UUID responseId) {
        List<String> names = new ArrayList<>();
        for (StaffSupport s : support.forResponse(responseId)) {
            names.add(s.staffName());
            names.add(s.lineManagerName());
            names.add(s.reviewerName());
            Stream.of(s.lineManagerPersonId(), s.reviewerPersonId()).filter(Objects::nonNull)
                    .map(directory::find).flatMap(Optional::stream).map(DirectoryPerson::name).forEach(names::add);
        }
        return names.stream().filter(Objects::nonNull).toList();
    }

    public StaffSupportList list(UUID responseId) {
        ResponseBrief response = find(responseId);
        boolean seesAll = seesAllSupport();
        Optional<UUID> caller = callerPerson.id();
        List<StaffSupport> visible = support.forResponse(responseId).stream()
                .filter(s -> StaffSupportVisibilityPolicy.maySee(seesAll, caller, s.lineManagerPersonId(),
                        s.reviewerPersonId()).isAllowed())
                .toList();
        StaffSupportVisibilityPolicy.maySeeList(seesAll, visible.size()).orDeny(ENTITY_TYPE, responseId.toString());
        audit.record(AuditAction.READ, ENTITY_TYPE, responseId.toString(), "staff support of "
                + response.reference() + ": " + visible.size() + " staff members");
        return new StaffSupportList(responseId.toString(), response.reference(), seesAll,
                visible.stream().map(StaffSupportViews::view).toList(),
                seesAll ? staffInvolvedInEvents(responseId) : List.of(), StaffSupportViews.guidance());
    }

    /**
     * The records the caller gives support in, as line manager or reviewer ({@link SupporterPartPolicy}), whatever
     * their roles: the patient safety team get only their own part here, not every record. The read is audited.
     */
    public MyStaffSupportList mine() {
        Optional<UUID> caller = callerPerson.id();
        List<StaffSupport> given = caller.map(support::givenBy).orElse(List.of());
        Map<UUID, String> references = new HashMap<>();
        List<MyStaffSupportItem> items = given.stream().map(s -> {
            String reference = references.computeIfAbsent(s.responseId(),
                    id -> responses.find(id).map(ResponseBrief::reference).orElse(null));
            return new MyStaffSupportItem(s.id().toString(), s.responseId().toString(), reference, s.staffName(),
                    s.staffRole(), SupporterPartPolicy.partsOf(caller, s.lineManagerPersonId(), s.reviewerPersonId()),
                    NextSupportStepPolicy.next(s.steps()).map(StaffSupportViews::guidance).orElse(null));
        }).toList();
        audit.record(AuditAction.READ, ENTITY_TYPE, caller.map(UUID::toString).orElse(currentUser.sub()),
                "staff support I give: " + items.size() + " staff members"
                        + (items.isEmpty() ? "" : " (" + String.join(", ", items.stream()
                        .map(MyStaffSupportItem::supportId).toList()) + ")"));
        return new MyStaffSupportList(items);
    }

    public StaffSupportView start(UUID responseId, StaffSupportInput input) {
        ResponseBrief response = find(responseId);
        StaffSupport started = StaffSupport.start(responseId, checked(input), stamps.current());
        support.add(started);
        support.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, started.id().toString(), "support of a member of staff of "
                + response.reference() + "; " + describe(started));
        return StaffSupportViews.view(started);
    }

    public StaffSupportView change(UUID responseId, UUID supportId, StaffSupportInput input) {
        ResponseBrief response = find(responseId);
        StaffSupport existing = support.find(responseId, supportId)
                .orElseThrow(() -> ApiException.notFound("The staff support record"));
        StaffSupportVisibilityPolicy.maySee(seesAllSupport(), callerPerson.id(), existing.lineManagerPersonId(),
                existing.reviewerPersonId()).orDeny(ENTITY_TYPE, supportId.toString());
        if (input.version() == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.REQUIRED,
                    "The version last read is required")));
        }
        if (existing.version() != input.version()) {
            throw ApiException.staleVersion();
        }
        existing.change(checked(input), stamps.current());
        support.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, existing.id().toString(), "support of a member of staff of "
                + response.reference() + "; " + describe(existing));
        return StaffSupportViews.view(existing);
    }

    private SupportDetails checked(StaffSupportInput input) {
        List<FieldError> errors = new ArrayList<>();
        Supporter lineManager = supporter("lineManager", input.lineManager(), true, errors);
        Supporter reviewer = supporter("reviewer", input.reviewer(), false, errors);
        LocalDate today = Times.todayInUk(clock);
        Map<SupportStep, SupportStepRecord> steps = new LinkedHashMap<>();
        List<SupportStepInput> given = input.stepsOrEmpty();
        for (int i = 0; i < given.size(); i++) {
            SupportStepInput step = given.get(i);
            Optional<SupportStep> known = SupportStep.fromCode(step.code());
            if (known.isEmpty()) {
                errors.add(new FieldError("steps[" + i + "].code", FieldErrorCode.UNKNOWN_CODE,
                        "This is not a step of the support process"));
            } else if (step.doneOn() != null && step.doneOn().isAfter(today)) {
                errors.add(new FieldError("steps[" + i + "].doneOn", FieldErrorCode.IN_THE_FUTURE,
                        "The date cannot be in the future"));
            } else if (step.doneOn() != null || blankToNull(step.note()) != null) {
                steps.put(known.get(), new SupportStepRecord(known.get(), step.doneOn(), blankToNull(step.note())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        List<SupportStepRecord> ordered = java.util.Arrays.stream(SupportStep.values())
                .filter(steps::containsKey).map(steps::get).toList();
        return new SupportDetails(input.staffName().strip(), blankToNull(input.staffRole()), lineManager.personId(),
                lineManager.name(), reviewer.personId(), reviewer.name(), blankToNull(input.signposting()),
                Boolean.TRUE.equals(input.hrContacted()), ordered);
    }

    private record Supporter(UUID personId, String name) {
    }

    private Supporter supporter(String field, SupporterInput input, boolean required, List<FieldError> errors) {
        if (input != null && input.personId() != null) {
            DirectoryPerson person = directory.find(input.personId()).filter(DirectoryPerson::active).orElse(null);
            if (person == null) {
                errors.add(new FieldError(field + ".personId", FieldErrorCode.UNKNOWN_PERSON,
                        "Select a person from the list"));
                return new Supporter(null, null);
            }
            return new Supporter(person.id(), person.name());
        }
        String email = input == null ? null : blankToNull(input.email());
        if (email != null) {
            DirectoryPerson person = directory.findByEmail(email).filter(DirectoryPerson::active).orElse(null);
            if (person == null) {
                errors.add(new FieldError(field + ".email", FieldErrorCode.UNKNOWN_PERSON,
                        "No one in the people directory has this e-mail address"));
                return new Supporter(null, null);
            }
            return new Supporter(person.id(), person.name());
        }
        String name = input == null ? null : blankToNull(input.name());
        if (name == null && required) {
            errors.add(new FieldError(field + ".name", FieldErrorCode.REQUIRED, "Select or enter the line manager"));
        }
        return new Supporter(null, name);
    }

    private boolean seesAllSupport() {
        return currentUser.hasRole(Roles.PATIENT_SAFETY_SPECIALIST) || currentUser.hasRole(Roles.CHIEF_NURSE);
    }

    private ResponseBrief find(UUID responseId) {
        return responses.find(responseId).orElseThrow(() -> ApiException.notFound("The learning response"));
    }

    private static String describe(StaffSupport s) {
        return "lineManager=" + (s.lineManagerPersonId() != null ? s.lineManagerPersonId() : "by name")
                + " reviewer=" + (s.reviewerPersonId() != null ? s.reviewerPersonId()
                : s.reviewerName() != null ? "by name" : "none")
                + " steps=" + s.steps().size() + " hrContacted=" + s.hrContacted();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The staff named on the reports of the response's events, each name and role once. */
    private List<StaffInvolvedView> staffInvolvedInEvents(UUID responseId) {
        return events.staffNamedOn(responses.eventsOf(responseId)).stream()
                .map(s -> new StaffInvolvedView(s.name(), s.role())).toList();
    }
}
