package uk.nhs.psirf.engagement.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.engagement.api.ChecklistAnswerView;
import uk.nhs.psirf.engagement.api.ChecklistItemView;
import uk.nhs.psirf.engagement.api.ChecklistView;
import uk.nhs.psirf.engagement.api.ContactView;
import uk.nhs.psirf.engagement.api.NamedContactView;
import uk.nhs.psirf.engagement.api.PersonAffectedView;
import uk.nhs.psirf.engagement.domain.Audience;
import uk.nhs.psirf.engagement.domain.ChecklistItem;
import uk.nhs.psirf.engagement.domain.ContactOverduePolicy;
import uk.nhs.psirf.engagement.domain.ContactStage;
import uk.nhs.psirf.engagement.domain.EngagementContact;
import uk.nhs.psirf.engagement.domain.Involvement;
import uk.nhs.psirf.engagement.domain.PersonAffected;
import uk.nhs.psirf.engagement.persistence.EngagementRepository;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class EngagementViews {
    private final EngagementRepository engagement;
    private final Clock clock;

    public EngagementViews(EngagementRepository engagement, Clock clock) {
        this.engagement = engagement;
        this.clock = clock;
    }

    public PersonAffectedView person(PersonAffected person) {
        List<EngagementContact> contacts = engagement.contacts(person.id());
        LocalDate nextContactOn = contacts.isEmpty() ? null : contacts.get(contacts.size() - 1).nextContactOn();
        LocalDate today = Times.todayInUk(clock);
        return new PersonAffectedView(person.id().toString(), person.version(), person.kind().code(), person.name(),
                new NamedContactView(person.namedContactPersonId() == null ? null
                        : person.namedContactPersonId().toString(), person.namedContactName()),
                person.preferredContactMethod(), person.accessAndSupportNeeds(),
                person.involvement().stream().map(Involvement::code).toList(), nextContactOn,
                ContactOverduePolicy.isOverdue(nextContactOn, today),
                contacts.stream().map(EngagementViews::contact).toList());
    }

    static ContactView contact(EngagementContact contact) {
        return new ContactView(contact.id().toString(), contact.contactedOn(), contact.method(),
                contact.stage().code(), contact.notes(), contact.checklist().stream()
                .map(a -> new ChecklistAnswerView(a.item().code(), a.item().section(), a.item().text(), a.done(),
                        a.note()))
                .toList(), contact.nextContactOn(), contact.recordedByName(), contact.recordedAt());
    }

    /** Every checklist of Appendices 4 and 5, so the page can show the one that applies. */
    public static List<ChecklistView> checklists() {
        List<ChecklistView> all = new ArrayList<>();
        for (Audience audience : Audience.values()) {
            for (ContactStage stage : ContactStage.values()) {
                all.add(new ChecklistView(audience.code(), audience.title(), stage.code(),
                        ChecklistItem.of(audience, stage).stream()
                                .map(i -> new ChecklistItemView(i.code(), i.section(), i.text())).toList()));
            }
        }
        return all;
    }
}
