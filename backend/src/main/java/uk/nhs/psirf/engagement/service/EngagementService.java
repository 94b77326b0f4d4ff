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
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.responses.ResponseBrief;
import uk.nhs.psirf.responses.Responses;
import uk.nhs.psirf.responses.service.ResponseAccess;

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
    private final Responses responses;
    private final EngagementRepository engagement;
    private final Directory directory;
    private final EngagementViews views;
    private final ResponseAccess access;
    private final Stamps stamps;
    private final AuditService audit;

    public EngagementService(Responses responses, EngagementRepository engagement,
                             Directory directory, EngagementViews views, ResponseAccess access,
                             Stamps stamps, AuditService audit) {
        this.responses = responses;
        this.engagement = engagement;
        this.directory = directory;
        this.views = views;
        this.access = access;
        this.stamps = stamps;
        this.audit = audit;
    }

    public EngagementView view(UUID responseId) {
        ResponseBrief response = workOn(responseId);
        List<PersonAffected> people = engagement.peopleAffected(responseId);
        audit.record(AuditAction.READ, "engagement", responseId.toString(), "engagement of " + response.reference()
                + ": " + people.size() + " people affected");
        return new EngagementView(responseId.toString(), response.reference(), response.status().code(),
                acceptsChanges(response).isAllowed(), GuidingPrinciples.ALL, EngagementViews.checklists(),
                people.stream().map(views::person).toList());
    }

    public PersonAffectedView add(UUID responseId, PersonAffectedInput input) {
        ResponseBrief response = workOn(responseId);
        acceptsChanges(response).orThrow();
        PersonAffected person = PersonAffected.add(responseId, checked(input), stamps.current());
        engagement.add(person);
        engagement.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, person.id().toString(), person.kind().code()
                + " affected by " + response.reference());
        return views.person(person);
    }

    public PersonAffectedView change(UUID responseId, UUID personAffectedId, PersonAffectedInput input) {
        ResponseBrief response = workOn(responseId);
        PersonAffected person = find(responseId, personAffectedId);
        acceptsChanges(response).orThrow();
        if (input.version() == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.REQUIRED,
                    "The version last read is required")));
        }
        if (person.version() != input.version()) {
            throw ApiException.staleVersion();
        }
        person.change(checked(input), stamps.current());
        engagement.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, person.id().toString(), person.kind().code()
                + " affected by " + response.reference() + " changed");
        return views.person(person);
    }

    public PersonAffectedView recordContact(UUID responseId, UUID personAffectedId, ContactInput input) {
        ResponseBrief response = workOn(responseId);
        PersonAffected person = find(responseId, personAffectedId);
        acceptsChanges(response).orThrow();
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = stamps.current().todayInUk();
        if (input.contactedOn().isAfter(today)) {
            errors.add(new FieldError("contactedOn", FieldErrorCode.IN_THE_FUTURE,
                    "The date of the contact cannot be in the future"));
        }
        if (input.nextContactOn() != null && !input.nextContactOn().isAfter(input.contactedOn())) {
            errors.add(new FieldError("nextContactOn", FieldErrorCode.BEFORE_CONTACT,
                    "The next contact date must be after the date of this contact"));
        }
        ContactStage stage = ContactStage.fromCode(input.stage()).orElse(null);
        if (stage == null) {
            errors.add(new FieldError("stage", FieldErrorCode.UNKNOWN_CODE, "Select initial, ongoing or closing"));
        }
        List<ChecklistAnswer> checklist = stage == null ? List.of() : checklist(person.kind(), stage, input, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        EngagementContact contact = EngagementContact.record(person.id(), input.contactedOn(), input.method().strip(),
                stage, blankToNull(input.notes()), checklist, input.nextContactOn(), stamps.current());
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
                errors.add(new FieldError("checklist[" + i + "].code", FieldErrorCode.NOT_IN_CHECKLIST,
                        "This item is not on the "
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
            errors.add(new FieldError("kind", FieldErrorCode.UNKNOWN_CODE, "Select patient, family, carer or staff"));
        }
        Set<Involvement> involvement = new LinkedHashSet<>();
        for (int i = 0; i < input.involvementOrEmpty().size(); i++) {
            Involvement chosen = Involvement.fromCode(input.involvementOrEmpty().get(i)).orElse(null);
            if (chosen == null) {
                errors.add(new FieldError("involvement[" + i + "]", FieldErrorCode.UNKNOWN_CODE,
                        "Select a level of involvement from the list"));
            } else {
                involvement.add(chosen);
            }
        }
        errors.addAll(InvolvementPolicy.isConsistent(involvement).errors());
        UUID contactId = input.namedContactPersonId();
        String contactName = blankToNull(input.namedContactName());
        if (contactId != null) {
            DirectoryPerson contact = directory.find(contactId).filter(DirectoryPerson::active).orElse(null);
            if (contact == null) {
                errors.add(new FieldError("namedContactPersonId", FieldErrorCode.UNKNOWN_PERSON,
                        "Select a person from the list"));
            } else {
                contactName = contact.name();
            }
        } else if (contactName == null) {
            errors.add(new FieldError("namedContactName", FieldErrorCode.REQUIRED,
                    "Enter the member of staff who is their named contact"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new AffectedDetails(kind, input.name().strip(), contactId, contactName,
                blankToNull(input.preferredContactMethod()), blankToNull(input.accessAndSupportNeeds()),
                List.copyOf(involvement));
    }

    private ResponseBrief workOn(UUID responseId) {
        access.requireWorkOn(responseId);
        return responses.find(responseId).orElseThrow(() -> ApiException.notFound("The learning response"));
    }

    private PersonAffected find(UUID responseId, UUID personAffectedId) {
        return engagement.find(responseId, personAffectedId)
                .orElseThrow(() -> ApiException.notFound("The person affected"));
    }

    private static Verdict acceptsChanges(ResponseBrief response) {
        return ClosedResponsePolicy.acceptsChanges(response.reference(), response.status());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
