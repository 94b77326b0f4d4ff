package uk.nhs.psirf.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.people.Contributions;
import uk.nhs.psirf.people.api.CpdEntryInput;
import uk.nhs.psirf.people.api.CpdEntryView;
import uk.nhs.psirf.people.api.PersonInput;
import uk.nhs.psirf.people.api.PersonUpdate;
import uk.nhs.psirf.people.api.PersonView;
import uk.nhs.psirf.people.api.TrainingRecordInput;
import uk.nhs.psirf.people.api.TrainingRecordView;
import uk.nhs.psirf.people.domain.CompletionDatePolicy;
import uk.nhs.psirf.people.domain.CpdEntry;
import uk.nhs.psirf.people.domain.Person;
import uk.nhs.psirf.people.domain.Training;
import uk.nhs.psirf.people.domain.TrainingRecord;
import uk.nhs.psirf.people.persistence.CpdEntryRepository;
import uk.nhs.psirf.people.persistence.PeopleDirectory;
import uk.nhs.psirf.people.persistence.PersonRepository;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.platform.time.Times;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Use cases: a patient safety specialist keeps the people directory and their training records. */
@ApplicationScoped
public class PeopleService {
    public static final String PERSON = "person";
    public static final String TRAINING_RECORD = "training-record";
    private final PersonRepository people;
    private final PeopleDirectory directory;
    private final CpdEntryRepository cpd;
    private final Contributions contributions;
    private final PeopleViews views;
    private final AuditService audit;
    private final Clock clock;

    public PeopleService(PersonRepository people, PeopleDirectory directory, CpdEntryRepository cpd, Contributions contributions,
                         PeopleViews views, AuditService audit, Clock clock) {
        this.people = people;
        this.directory = directory;
        this.cpd = cpd;
        this.contributions = contributions;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PersonView create(PersonInput input) {
        String email = input.email().trim();
        requireUnusedEmail(email, null);
        Instant now = Times.now(clock);
        Person person = Person.add(input.name().trim(), email, blankToNull(input.jobRole()), now);
        people.add(person);
        TrainingRecord record = TrainingRecord.none(person.id(), now);
        people.add(record);
        audit.record(AuditAction.CREATE, PERSON, person.id().toString(), "add person " + describe(person));
        return views.person(person, record, BigDecimal.ZERO);
    }

    @Transactional
    public PersonView update(UUID id, PersonUpdate input) {
        Person person = people.find(id).orElseThrow(() -> ApiException.notFound("The person"));
        if (person.version() != input.version()) {
            throw ApiException.staleVersion();
        }
        String email = input.email().trim();
        requireUnusedEmail(email, id);
        String before = describe(person);
        person.change(input.name().trim(), email, blankToNull(input.jobRole()), input.active(), Times.now(clock));
        directory.flush();
        audit.record(AuditAction.UPDATE, PERSON, id.toString(), "change person " + before + " -> " + describe(person));
        TrainingRecord record = people.training(id).orElse(null);
        return views.person(person, record, cpd.totalHours(List.of(id)).get(id));
    }

    @Transactional
    public TrainingRecordView updateTraining(UUID personId, TrainingRecordInput input) {
        Person person = people.find(personId).orElseThrow(() -> ApiException.notFound("The person"));
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.UK));
        List<FieldError> errors = new ArrayList<>();
        requireNotFuture("level1CompletedOn", input.level1CompletedOn(), today, errors);
        requireNotFuture("level2CompletedOn", input.level2CompletedOn(), today, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Instant now = Times.now(clock);
        TrainingRecord record = people.training(personId).orElse(null);
        long current = record == null ? 0 : record.version();
        if (current != input.version()) {
            throw ApiException.staleVersion();
        }
        if (record == null) {
            record = TrainingRecord.none(personId, now);
            people.add(record);
        }
        String before = describe(record.training());
        record.record(new Training(input.level1CompletedOn(), input.level2CompletedOn(),
                input.learningFromIncidentsDays(), input.engagementTrainingHours(), input.oversightTrainingDays()), now);
        directory.flush();
        audit.record(AuditAction.UPDATE, TRAINING_RECORD, personId.toString(),
                "training of " + person.name() + ": " + before + " -> " + describe(record.training()));
        return views.record(person, record, cpd.of(personId), contributions.byYear(personId));
    }

    @Transactional
    public CpdEntryView addCpd(UUID personId, CpdEntryInput input) {
        Person person = people.find(personId).orElseThrow(() -> ApiException.notFound("The person"));
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.UK));
        List<FieldError> errors = new ArrayList<>();
        requireNotFuture("completedOn", input.completedOn(), today, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        CpdEntry entry = CpdEntry.add(personId, input.completedOn(), input.title().trim(), input.hours(),
                Times.now(clock));
        cpd.add(entry);
        audit.record(AuditAction.CREATE, TRAINING_RECORD, personId.toString(), "CPD for " + person.name() + ": "
                + entry.completedOn() + " " + entry.hours() + "h " + entry.title());
        return new CpdEntryView(entry.id(), entry.completedOn(), entry.title(), entry.hours());
    }

    private void requireUnusedEmail(String email, UUID self) {
        people.findByEmail(email).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new ValidationFailedException(List.of(new FieldError("email", FieldErrorCode.ALREADY_USED,
                    "Someone in the directory already has this e-mail address")));
        });
    }

    private static void requireNotFuture(String field, LocalDate date, LocalDate today, List<FieldError> errors) {
        errors.addAll(CompletionDatePolicy.acceptable(field, date, today).errors());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String describe(Person p) {
        return "name=" + p.name() + " email=" + p.email() + " jobRole=" + p.jobRole() + " active=" + p.active();
    }

    private static String describe(Training t) {
        return "level1=" + t.level1CompletedOn() + " level2=" + t.level2CompletedOn() + " incidentDays="
                + t.learningFromIncidentsDays() + " engagementHours=" + t.engagementTrainingHours()
                + " oversightDays=" + t.oversightTrainingDays();
    }
}
