package uk.nhs.psirf.coaching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.coaches.CoachBrief;
import uk.nhs.psirf.coaches.Coaches;
import uk.nhs.psirf.coaching.api.AcceptanceInput;
import uk.nhs.psirf.coaching.api.CoachingContractInput;
import uk.nhs.psirf.coaching.api.CoachingContractSummary;
import uk.nhs.psirf.coaching.api.CoachingContractView;
import uk.nhs.psirf.coaching.api.CoachingRecordInput;
import uk.nhs.psirf.coaching.api.CoachingRecordView;
import uk.nhs.psirf.coaching.api.CoachingTermsView;
import uk.nhs.psirf.coaching.api.CodeView;
import uk.nhs.psirf.coaching.api.CourseInput;
import uk.nhs.psirf.coaching.api.CourseRequirementsView;
import uk.nhs.psirf.coaching.api.GroundRuleView;
import uk.nhs.psirf.coaching.api.ReviewInput;
import uk.nhs.psirf.coaching.api.SharedCoachingRecord;
import uk.nhs.psirf.coaching.api.SharingInput;
import uk.nhs.psirf.coaching.domain.CoachingAccessPolicy;
import uk.nhs.psirf.coaching.domain.CoachingAim;
import uk.nhs.psirf.coaching.domain.CoachingContract;
import uk.nhs.psirf.coaching.domain.CoachingRecord;
import uk.nhs.psirf.coaching.domain.ContractProgress;
import uk.nhs.psirf.coaching.domain.ContractStatus;
import uk.nhs.psirf.coaching.domain.ContractTerms;
import uk.nhs.psirf.coaching.domain.CourseCompletionPolicy;
import uk.nhs.psirf.coaching.domain.GroundRule;
import uk.nhs.psirf.coaching.domain.GroundRulesPolicy;
import uk.nhs.psirf.coaching.domain.Hours;
import uk.nhs.psirf.coaching.domain.RecordAction;
import uk.nhs.psirf.coaching.domain.ReviewPolicy;
import uk.nhs.psirf.coaching.domain.SessionEntry;
import uk.nhs.psirf.coaching.domain.SessionEntryPolicy;
import uk.nhs.psirf.coaching.domain.Side;
import uk.nhs.psirf.coaching.persistence.CoachingRepository;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coaching contracts and coaching records (004_*; issue 12 items 3 and 4). Coaches start contracts and keep their
 * records; both sides accept the ground rules; the improvement advisors see all coaching and track the QI course; a
 * coachee reads their own. The patient safety team sees only the records a coach shared. Every read and change is
 * audited; nothing here carries incident or patient data.
 */
@ApplicationScoped
@Transactional
public class CoachingService {
    public static final String ENTITY_TYPE = "coaching-contract";
    public static final String RECORD_ENTITY_TYPE = "coaching-record";
    static final String DEFAULT_FREQUENCY = "About monthly";
    static final int DEFAULT_SESSION_MINUTES = 60;

    private final CoachingRepository contracts;
    private final CoachingViews views;
    private final Coaches coaches;
    private final Directory people;
    private final CallerPerson callerPerson;
    private final CurrentUser currentUser;
    private final Stamps stamps;
    private final AuditService audit;
    private final Clock clock;

    public CoachingService(CoachingRepository contracts, CoachingViews views, Coaches coaches, Directory people,
                           CallerPerson callerPerson, CurrentUser currentUser, Stamps stamps, AuditService audit,
                           Clock clock) {
        this.contracts = contracts;
        this.views = views;
        this.coaches = coaches;
        this.people = people;
        this.callerPerson = callerPerson;
        this.currentUser = currentUser;
        this.stamps = stamps;
        this.audit = audit;
        this.clock = clock;
    }

    public CoachingTermsView terms() {
        return new CoachingTermsView(
                Arrays.stream(CoachingAim.values()).map(a -> new CodeView(a.code(), a.display())).toList(),
                Arrays.stream(GroundRule.values()).map(r -> new GroundRuleView(r.code(), r.title(), r.text()))
                        .toList(),
                new CourseRequirementsView(CourseCompletionPolicy.TRAINING_DAYS, 4,
                        CourseCompletionPolicy.MINIMUM_MINUTES, "Attendance at 4 full training days across a period "
                        + "of 4 months; separate to these, a minimum of 5 hours of individual coaching to support the "
                        + "project work; a poster submission and presentation to complete the course."));
    }

    /** The advisor's list is every contract; anyone else's the contracts they coach or are coached in. */
    public List<CoachingContractSummary> list() {
        CoachingCaller caller = caller();
        List<CoachingContract> found = caller.advisor() ? contracts.all()
                : caller.coachId() == null && caller.personId() == null ? List.of()
                : contracts.involving(caller.coachId(), caller.personId());
        audit.record(AuditAction.LIST, ENTITY_TYPE, null, "coaching contracts: " + found.size()
                + (caller.advisor() ? " (all)" : " (own)"));
        return views.summaries(found, contracts.records(found.stream().map(CoachingContract::id).toList()), caller,
                today());
    }

    public CoachingContractView create(CoachingContractInput input) {
        CoachingCaller caller = caller();
        ContractTerms terms = checked(input, caller);
        CoachingContract contract = CoachingContract.draft(terms, stamps.current());
        contracts.add(contract);
        contracts.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, contract.id().toString(), "coaching contract drafted: "
                + terms.coacheeKind() + " coachee person " + terms.coacheePersonId() + ", coaches " + terms.coachIds()
                + (terms.onQiCourse() ? ", on a QI course" : ""));
        return views.full(contract, List.of(), caller, today());
    }

    public CoachingContractView view(UUID contractId) {
        CoachingCaller caller = caller();
        CoachingContract contract = readable(contractId, caller);
        audit.record(AuditAction.READ, ENTITY_TYPE, contractId.toString(), "coaching contract and records read");
        return views.full(contract, contracts.records(contractId), caller, today());
    }

    /** The signed-in person accepts the ground rules for each side of the contract they stand on. */
    public CoachingContractView accept(UUID contractId, AcceptanceInput input) {
        CoachingCaller caller = caller();
        CoachingContract contract = readable(contractId, caller);
        List<Side> sides = caller.sides(contract);
        if (sides.isEmpty()) {
            throw new AccessDeniedException(ENTITY_TYPE, contractId.toString());
        }
        current(contract.version(), input.version());
        Stamp stamp = stamps.current();
        for (Side side : sides) {
            GroundRulesPolicy.mayAccept(side, contract.acceptedBy(side), contract.status()).orThrow();
            contract.accept(side, stamp);
        }
        contracts.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, contractId.toString(), "ground rules accepted for the "
                + sides.stream().map(Side::code).collect(Collectors.joining(" and ")) + " side; status "
                + contract.status().code());
        return views.full(contract, contracts.records(contractId), caller, today());
    }

    public CoachingContractView recordSession(UUID contractId, CoachingRecordInput input) {
        CoachingCaller caller = caller();
        CoachingContract contract = written(contractId, caller);
        SessionEntry entry = checked(input, contract);
        CoachingRecord record = CoachingRecord.record(contractId, entry, stamps.current());
        contracts.add(record);
        contracts.flush();
        follow(contract);
        audit.record(AuditAction.CREATE, RECORD_ENTITY_TYPE, record.id().toString(), "coaching record of contract "
                + contractId + " on " + entry.heldOn() + (entry.cancelled() ? ", cancelled by the "
                + entry.cancelledBy().code() : ", " + Hours.of(entry.minutes()) + " " + entry.mode()));
        return views.full(contract, contracts.records(contractId), caller, today());
    }

    public CoachingContractView changeRecord(UUID contractId, UUID recordId, CoachingRecordInput input) {
        CoachingCaller caller = caller();
        CoachingContract contract = written(contractId, caller);
        CoachingRecord record = recordOf(contract, recordId);
        if (input.version() == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.REQUIRED,
                    "The version last read is required")));
        }
        current(record.version(), input.version());
        SessionEntry entry = checked(input, contract);
        record.change(entry, stamps.current());
        contracts.flush();
        follow(contract);
        audit.record(AuditAction.UPDATE, RECORD_ENTITY_TYPE, recordId.toString(), "coaching record of contract "
                + contractId + " changed: " + entry.heldOn() + (entry.cancelled() ? ", cancelled"
                : ", " + Hours.of(entry.minutes())));
        return views.full(contract, contracts.records(contractId), caller, today());
    }

    public CoachingRecordView share(UUID contractId, UUID recordId, SharingInput input) {
        CoachingCaller caller = caller();
        CoachingContract contract = written(contractId, caller);
        CoachingRecord record = recordOf(contract, recordId);
        current(record.version(), input.version());
        record.share(input.shared(), stamps.current());
        contracts.flush();
        audit.record(AuditAction.UPDATE, RECORD_ENTITY_TYPE, recordId.toString(), input.shared()
                ? "coaching record shared with the patient safety team" : "coaching record no longer shared");
        return CoachingViews.record(record);
    }

    public CoachingContractView review(UUID contractId, ReviewInput input) {
        CoachingCaller caller = caller();
        CoachingContract contract = written(contractId, caller);
        current(contract.version(), input.version());
        List<CoachingRecord> records = contracts.records(contractId);
        ContractProgress progress = ContractProgress.of(contract, records, today());
        ReviewPolicy.mayHold(contract.status(), progress.fourthSessionOn(), input.heldOn()).orThrow();
        Verdict.allowedIf(!input.heldOn().isAfter(today()), () -> Verdict.invalid("heldOn",
                FieldErrorCode.IN_THE_FUTURE, "The review is recorded once it has been held")).orThrow();
        contract.reviewed(input.heldOn(), blankToNull(input.notes()), input.carryOn(), stamps.current());
        contracts.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, contractId.toString(), "review held on " + input.heldOn()
                + (input.carryOn() ? "; the coaching carries on" : "; the coaching ended"));
        return views.full(contract, records, caller, today());
    }

    /** The QI course's progress: coaches of the contract and improvement advisors keep it. */
    public CoachingContractView course(UUID contractId, CourseInput input) {
        CoachingCaller caller = caller();
        CoachingContract contract = find(contractId);
        CoachingAccessPolicy.mayRead(caller.advisor(), caller.coaches(contract), false)
                .orDeny(ENTITY_TYPE, contractId.toString());
        current(contract.version(), input.version());
        List<CoachingRecord> records = contracts.records(contractId);
        boolean poster = Boolean.TRUE.equals(input.posterSubmitted());
        boolean presentation = Boolean.TRUE.equals(input.presentationGiven());
        LocalDate completedOn = null;
        if (Boolean.TRUE.equals(input.completed())) {
            int minutes = ContractProgress.of(contract, records, today()).minutesCoached();
            CourseCompletionPolicy.mayComplete(contract.onQiCourse(), minutes, input.trainingDaysAttended(), poster,
                    presentation).orThrow();
            completedOn = contract.courseCompletedOn() != null ? contract.courseCompletedOn() : today();
        } else if (!contract.onQiCourse()) {
            Verdict.conflict("trainingDaysAttended", FieldErrorCode.NOT_ON_COURSE, "The coachee is not on a QI course")
                    .orThrow();
        }
        contract.courseProgress(input.trainingDaysAttended(), poster, presentation, completedOn, stamps.current());
        contracts.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, contractId.toString(), "QI course: "
                + input.trainingDaysAttended() + " training days, poster " + poster + ", presentation " + presentation
                + (completedOn == null ? "" : ", completed on " + completedOn));
        return views.full(contract, records, caller, today());
    }

    /** Only the records a coach shared with the patient safety team, for the team and the Chief Nurse. */
    public List<SharedCoachingRecord> shared() {
        List<CoachingRecord> records = contracts.shared();
        Map<UUID, CoachingContract> byId = records.stream().map(CoachingRecord::contractId).distinct()
                .map(contracts::find).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(CoachingContract::id, Function.identity()));
        audit.record(AuditAction.LIST, RECORD_ENTITY_TYPE, null, "coaching records shared with the patient safety "
                + "team: " + records.size());
        return views.shared(records, byId);
    }

    private void follow(CoachingContract contract) {
        ContractProgress progress = ContractProgress.of(contract, contracts.records(contract.id()), today());
        contract.followRecords(progress.sessionsHeld(), progress.reviewDue(), stamps.current());
        contracts.flush();
    }

    private ContractTerms checked(CoachingContractInput input, CoachingCaller caller) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> coachIds = new LinkedHashSet<>(input.coachIdsOrEmpty());
        if (!caller.advisor()) {
            if (caller.coachId() == null) {
                errors.add(new FieldError("coachIds", FieldErrorCode.NOT_A_COACH,
                        "You are not on the coach register: ask the improvement advisors"));
            } else if (coachIds.isEmpty()) {
                coachIds.add(caller.coachId());
            } else if (!coachIds.contains(caller.coachId())) {
                errors.add(new FieldError("coachIds", FieldErrorCode.NOT_ALLOWED,
                        "A coach starts contracts they coach themselves"));
            }
        } else if (coachIds.isEmpty()) {
            errors.add(new FieldError("coachIds", FieldErrorCode.REQUIRED, "Select the coach"));
        }
        List<UUID> given = new ArrayList<>(coachIds);
        Set<UUID> coachPersons = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            CoachBrief coach = coaches.find(given.get(i)).filter(CoachBrief::current).orElse(null);
            if (coach == null) {
                errors.add(new FieldError("coachIds[" + i + "]", FieldErrorCode.NOT_A_COACH,
                        "Select a current coach of the register"));
            } else {
                coachPersons.add(coach.personId());
            }
        }
        String kind = input.coacheeKind();
        if (!ContractTerms.INDIVIDUAL.equals(kind) && !ContractTerms.TEAM.equals(kind)) {
            errors.add(new FieldError("coacheeKind", FieldErrorCode.UNKNOWN_CODE,
                    "Select who is coached: a person or a team"));
        }
        String teamName = blankToNull(input.teamName());
        if (ContractTerms.TEAM.equals(kind) && teamName == null) {
            errors.add(new FieldError("teamName", FieldErrorCode.REQUIRED, "Enter the name of the team"));
        }
        if (ContractTerms.INDIVIDUAL.equals(kind)) {
            teamName = null;
        }
        if (people.find(input.coacheePersonId()).filter(DirectoryPerson::active).isEmpty()) {
            errors.add(new FieldError("coacheePersonId", FieldErrorCode.UNKNOWN_PERSON,
                    "Select a person from the list"));
        } else if (coachPersons.contains(input.coacheePersonId())) {
            errors.add(new FieldError("coacheePersonId", FieldErrorCode.NOT_ALLOWED,
                    "A coach does not coach themselves: select someone else"));
        }
        Set<CoachingAim> aims = new LinkedHashSet<>();
        List<String> codes = input.aimsOrEmpty();
        if (codes.isEmpty()) {
            errors.add(new FieldError("aims", FieldErrorCode.REQUIRED, "Tick at least one aim of the coaching"));
        }
        for (int i = 0; i < codes.size(); i++) {
            CoachingAim aim = CoachingAim.fromCode(codes.get(i)).orElse(null);
            if (aim == null) {
                errors.add(new FieldError("aims[" + i + "]", FieldErrorCode.UNKNOWN_CODE,
                        "Tick aims from the list"));
            } else {
                aims.add(aim);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        List<CoachingAim> ordered = Arrays.stream(CoachingAim.values()).filter(aims::contains).toList();
        String frequency = blankToNull(input.frequency());
        return new ContractTerms(given, kind, input.coacheePersonId(), teamName, ordered,
                frequency == null ? DEFAULT_FREQUENCY : frequency,
                input.sessionMinutes() == null ? DEFAULT_SESSION_MINUTES : input.sessionMinutes(),
                blankToNull(input.venue()), Boolean.TRUE.equals(input.onQiCourse()));
    }

    private SessionEntry checked(CoachingRecordInput input, CoachingContract contract) {
        List<FieldError> errors = new ArrayList<>();
        String mode = input.mode();
        if (!SessionEntry.IN_PERSON.equals(mode) && !SessionEntry.EMAIL.equals(mode)) {
            errors.add(new FieldError("mode", FieldErrorCode.UNKNOWN_CODE, "Select in person or e-mail"));
        }
        Side cancelledBy = side(input.cancelledBy(), "cancelledBy", errors);
        Side rescheduledBy = side(input.rescheduledBy(), "rescheduledBy", errors);
        if (!input.isCancelled() && (cancelledBy != null || input.rescheduledTo() != null)) {
            errors.add(new FieldError(cancelledBy != null ? "cancelledBy" : "rescheduledTo",
                    FieldErrorCode.INVALID_VALUE, "Only a cancelled session says who cancelled and the new date"));
        }
        if (input.rescheduledTo() != null && rescheduledBy == null) {
            errors.add(new FieldError("rescheduledBy", FieldErrorCode.REQUIRED, "Select who rearranged the session"));
        }
        errors.addAll(SessionEntryPolicy.check(mode, input.isCancelled(), input.heldOn(), input.startsAt(),
                input.finishesAt(), input.minutesSpent(), cancelledBy, input.rescheduledTo(), today()).errors());
        if (input.nextMeetingOn() != null && !input.nextMeetingOn().isAfter(input.heldOn())) {
            errors.add(new FieldError("nextMeetingOn", FieldErrorCode.BEFORE_SESSION,
                    "The next meeting must be after the date of this session"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        // A cancellation may be noted on an agreed contract; a session is held only once both sides have accepted.
        if (input.isCancelled()) {
            Verdict.allowedIf(contract.status() != ContractStatus.DRAFT && contract.status() != ContractStatus.ENDED,
                    () -> GroundRulesPolicy.mayHoldSession(contract.status())).orThrow();
        } else {
            GroundRulesPolicy.mayHoldSession(contract.status()).orThrow();
        }
        int minutes = SessionEntryPolicy.minutes(mode, input.isCancelled(), input.startsAt(), input.finishesAt(),
                input.minutesSpent());
        boolean inPerson = SessionEntry.IN_PERSON.equals(mode);
        return new SessionEntry(input.heldOn(), mode, input.isCancelled(), inPerson ? input.startsAt() : null,
                inPerson ? input.finishesAt() : null, minutes, blankToNull(input.topic()),
                blankToNull(input.issuesArising()),
                input.actionsOrEmpty().stream().map(a -> new RecordAction(a.action().strip(), a.owner().strip()))
                        .toList(),
                input.isCancelled() ? null : input.nextMeetingOn(), cancelledBy, input.rescheduledTo(),
                rescheduledBy);
    }

    private static Side side(String code, String field, List<FieldError> errors) {
        if (code == null) {
            return null;
        }
        Side side = Side.fromCode(code).orElse(null);
        if (side == null) {
            errors.add(new FieldError(field, FieldErrorCode.UNKNOWN_CODE, "Select the coach or the coachee"));
        }
        return side;
    }

    private CoachingCaller caller() {
        return new CoachingCaller(coaches.caller().map(CoachBrief::id).orElse(null),
                callerPerson.id().orElse(null), currentUser.hasRole(Roles.IMPROVEMENT_ADVISOR));
    }

    private CoachingContract readable(UUID contractId, CoachingCaller caller) {
        CoachingContract contract = find(contractId);
        CoachingAccessPolicy.mayRead(caller.advisor(), caller.coaches(contract), caller.isCoachee(contract))
                .orDeny(ENTITY_TYPE, contractId.toString());
        return contract;
    }

    private CoachingContract written(UUID contractId, CoachingCaller caller) {
        CoachingContract contract = find(contractId);
        CoachingAccessPolicy.mayWrite(caller.coaches(contract)).orDeny(ENTITY_TYPE, contractId.toString());
        return contract;
    }

    private CoachingContract find(UUID contractId) {
        return contracts.find(contractId).orElseThrow(() -> ApiException.notFound("The coaching contract"));
    }

    private CoachingRecord recordOf(CoachingContract contract, UUID recordId) {
        return contracts.findRecord(recordId).filter(r -> r.contractId().equals(contract.id()))
                .orElseThrow(() -> ApiException.notFound("The coaching record"));
    }

    private static void current(long version, long sent) {
        if (version != sent) {
            throw ApiException.staleVersion();
        }
    }

    private LocalDate today() {
        return Times.todayInUk(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
