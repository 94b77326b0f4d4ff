package uk.nhs.psirf.engagement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.engagement.api.ChecklistAnswerInput;
import uk.nhs.psirf.engagement.api.ContactInput;
import uk.nhs.psirf.engagement.api.EngagementView;
import uk.nhs.psirf.engagement.api.PersonAffectedInput;
import uk.nhs.psirf.engagement.api.PersonAffectedView;
import uk.nhs.psirf.engagement.domain.AffectedDetails;
import uk.nhs.psirf.engagement.domain.AffectedKind;
import uk.nhs.psirf.engagement.domain.ChecklistAnswer;
import uk.nhs.psirf.engagement.domain.ChecklistItem;
import uk.nhs.psirf.engagement.domain.ClosedResponsePolicy;
import uk.nhs.psirf.engagement.domain.ContactStage;
import uk.nhs.psirf.engagement.domain.EngagementContact;
import uk.nhs.psirf.engagement.domain.GuidingPrinciples;
import uk.nhs.psirf.engagement.domain.Involvement;
import uk.nhs.psirf.engagement.domain.InvolvementPolicy;
import uk.nhs.psirf.engagement.domain.PersonAffected;
import uk.nhs.psirf.engagement.persistence.EngagementRepository;
import uk.nhs.psirf.people.domain.Person;
import uk.nhs.psirf.people.persistence.PersonRepository;
import uk.nhs.psirf.people.service.TrainingChecks;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.responses.domain.LearningResponse;
import uk.nhs.psirf.responses.persistence.LearningResponseRepository;
import uk.nhs.psirf.responses.service.ResponseAccess;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Engagement and involvement of those affected (policy §6): who they are, how they want to be involved, and the
 * log of contacts following the checklists of Appendices 4 and 5. Identifiable throughout: the patient safety
 * team, the Chief Nurse and the response's own lead only ({@link ResponseAccess}); every read and change is audited.
 */
@ApplicationScoped
@Transactional
public class EngagementService {
    public static final String ENTITY_TYPE = "person-affected";
    public static final String RESPONSE_CLOSED = "response-closed";
    public static final String DECLINED_WITH_INVOLVEMENT = "declined-with-involvement";
    public static final String NOT_IN_CHECKLIST = "not-in-checklist";
    public static final String BEFORE_CONTACT = "before-contact";

    private final LearningResponseRepository responses;
    private final EngagementRepository engagement;
    private final PersonRepository directory;
    private final EngagementViews views;
    private final ResponseAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    public EngagementService(LearningResponseRepository responses, EngagementRepository engagement,
                             PersonRepository directory, EngagementViews views, ResponseAccess access,
                             CurrentUser currentUser, AuditService audit, Clock clock) {
        this.responses = responses;
        this.engagement = engagement;
        this.directory = directory;
        this.views = views;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public EngagementView view(UUID responseId) {
        LearningResponse response = workOn(responseId);
        List<PersonAffected> people = engagement.peopleAffected(responseId);
        audit.record(AuditAction.READ, "engagement", responseId.toString(), "engagement of " + response.reference()
                + ": " + people.size() + " people affected");
        return new EngagementView(responseId.toString(), response.reference(), response.status().code(),
                ClosedResponsePolicy.acceptsChanges(response.status()), GuidingPrinciples.ALL, EngagementViews.checklists(),
                people.stream().map(views::person).toList());
    }

    public PersonAffectedView add(UUID responseId, PersonAffectedInput input) {
        LearningResponse response = workOn(responseId);
        requireOpen(response);
        Instant now = Times.now(clock);
        PersonAffected person = PersonAffected.add(responseId, checked(input), currentUser.sub(), now);
        engagement.add(person);
        engagement.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, person.id().toString(), person.kind().code()
                + " affected by " + response.reference());
        return views.person(person);
    }

    public PersonAffectedView change(UUID responseId, UUID personAffectedId, PersonAffectedInput input) {
        LearningResponse response = workOn(responseId);
        PersonAffected person = find(responseId, personAffectedId);
        requireOpen(response);
        if (input.version() == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldError.REQUIRED,
                    "The version last read is required")));
        }
        if (person.version() != input.version()) {
            throw ApiException.staleVersion();
        }
        person.change(checked(input), currentUser.sub(), Times.now(clock));
        engagement.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, person.id().toString(), person.kind().code()
                + " affected by " + response.reference() + " changed");
        return views.person(person);
    }

    public PersonAffectedView recordContact(UUID responseId, UUID personAffectedId, ContactInput input) {
        LearningResponse response = workOn(responseId);
        PersonAffected person = find(responseId, personAffectedId);
        requireOpen(response);
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = Times.now(clock).atZone(ClockProducer.UK).toLocalDate();
        if (input.contactedOn().isAfter(today)) {
            errors.add(new FieldError("contactedOn", FieldError.IN_THE_FUTURE, "The date of the contact cannot be in the future"));
        }
        if (input.nextContactOn() != null && !input.nextContactOn().isAfter(input.contactedOn())) {
            errors.add(new FieldError("nextContactOn", BEFORE_CONTACT,
                    "The next contact date must be after the date of this contact"));
        }
        ContactStage stage = ContactStage.fromCode(input.stage()).orElse(null);
        if (stage == null) {
            errors.add(new FieldError("stage", FieldError.UNKNOWN_CODE, "Select initial, ongoing or closing"));
        }
        List<ChecklistAnswer> checklist = stage == null ? List.of() : checklist(person.kind(), stage, input, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        EngagementContact contact = EngagementContact.record(person.id(), input.contactedOn(), input.method().strip(),
                stage, blankToNull(input.notes()), checklist, input.nextContactOn(), currentUser.sub(),
                currentUser.name(), Times.now(clock));
        engagement.add(contact);
        engagement.flush();
        audit.record(AuditAction.CREATE, "engagement-contact", contact.id().toString(), stage.code()
                + " contact with a " + person.kind().code() + " of " + response.reference() + " on "
                + input.contactedOn() + "; next " + input.nextContactOn());
        return views.person(person);
    }

    /** The whole checklist of the stage, in the policy's order, with what was ticked or noted. */
    private static List<ChecklistAnswer> checklist(AffectedKind kind, ContactStage stage, ContactInput input,
                                                   List<FieldError> errors) {
        List<ChecklistItem> items = ChecklistItem.of(kind.audience(), stage);
        Map<ChecklistItem, ChecklistAnswerInput> given = new LinkedHashMap<>();
        List<ChecklistAnswerInput> answers = input.checklistOrEmpty();
        for (int i = 0; i < answers.size(); i++) {
            ChecklistItem item = ChecklistItem.fromCode(answers.get(i).code()).orElse(null);
            if (item == null || !items.contains(item)) {
                errors.add(new FieldError("checklist[" + i + "].code", NOT_IN_CHECKLIST, "This item is not on the "
                        + stage.code() + " contact checklist for a " + kind.code()));
            } else {
                given.put(item, answers.get(i));
            }
        }
        return items.stream().map(item -> {
            ChecklistAnswerInput answer = given.get(item);
            return new ChecklistAnswer(item, answer != null && answer.done(),
                    answer == null ? null : blankToNull(answer.note()));
        }).toList();
    }

    private AffectedDetails checked(PersonAffectedInput input) {
        List<FieldError> errors = new ArrayList<>();
        AffectedKind kind = AffectedKind.fromCode(input.kind()).orElse(null);
        if (kind == null) {
            errors.add(new FieldError("kind", FieldError.UNKNOWN_CODE, "Select patient, family, carer or staff"));
        }
        Set<Involvement> involvement = new LinkedHashSet<>();
        for (int i = 0; i < input.involvementOrEmpty().size(); i++) {
            Involvement chosen = Involvement.fromCode(input.involvementOrEmpty().get(i)).orElse(null);
            if (chosen == null) {
                errors.add(new FieldError("involvement[" + i + "]", FieldError.UNKNOWN_CODE,
                        "Select a level of involvement from the list"));
            } else {
                involvement.add(chosen);
            }
        }
        if (!InvolvementPolicy.isConsistent(involvement)) {
            errors.add(new FieldError("involvement", DECLINED_WITH_INVOLVEMENT,
                    "Someone who declined to be involved cannot also have a level of involvement"));
        }
        UUID contactId = input.namedContactPersonId();
        String contactName = blankToNull(input.namedContactName());
        if (contactId != null) {
            Person contact = directory.find(contactId).filter(Person::active).orElse(null);
            if (contact == null) {
                errors.add(new FieldError("namedContactPersonId", TrainingChecks.UNKNOWN_PERSON,
                        "Select a person from the list"));
            } else {
                contactName = contact.name();
            }
        } else if (contactName == null) {
            errors.add(new FieldError("namedContactName", FieldError.REQUIRED,
                    "Enter the member of staff who is their named contact"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new AffectedDetails(kind, input.name().strip(), contactId, contactName,
                blankToNull(input.preferredContactMethod()), blankToNull(input.accessAndSupportNeeds()),
                List.copyOf(involvement));
    }

    private LearningResponse workOn(UUID responseId) {
        access.requireWorkOn(responseId);
        return responses.find(responseId).orElseThrow(() -> ApiException.notFound("The learning response"));
    }

    private PersonAffected find(UUID responseId, UUID personAffectedId) {
        return engagement.find(responseId, personAffectedId)
                .orElseThrow(() -> ApiException.notFound("The person affected"));
    }

    private static void requireOpen(LearningResponse response) {
        if (!ClosedResponsePolicy.acceptsChanges(response.status())) {
            throw new ValidationFailedException(List.of(new FieldError("responseId", RESPONSE_CLOSED,
                    response.reference() + " is closed; its engagement record can no longer change")));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
