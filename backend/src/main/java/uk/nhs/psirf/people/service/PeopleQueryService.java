package uk.nhs.psirf.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.people.Contributions;
import uk.nhs.psirf.people.api.ComplianceReport;
import uk.nhs.psirf.people.api.ComplianceRow;
import uk.nhs.psirf.people.api.PersonPage;
import uk.nhs.psirf.people.api.PersonView;
import uk.nhs.psirf.people.api.TrainingRecordView;
import uk.nhs.psirf.people.domain.LeadContributionPolicy;
import uk.nhs.psirf.people.domain.Person;
import uk.nhs.psirf.people.domain.Training;
import uk.nhs.psirf.people.domain.TrainingRecord;
import uk.nhs.psirf.people.domain.TrainingRole;
import uk.nhs.psirf.people.domain.TrainingRoleCodes;
import uk.nhs.psirf.people.persistence.CpdEntryRepository;
import uk.nhs.psirf.people.persistence.PeopleDirectory;
import uk.nhs.psirf.people.persistence.PersonRepository;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.query.PageRequest;
import uk.nhs.psirf.platform.security.CurrentUser;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads of the people directory and training records (personal data, so every read is audited). The directory is
 * filtered by qualification in memory: a trust has tens to a few hundred people who run learning responses, and the
 * rules stay in one place ({@link TrainingRole}) rather than being repeated in SQL.
 */
@ApplicationScoped
@Transactional
public class PeopleQueryService {
    private final PersonRepository people;
    private final PeopleDirectory directory;
    private final CpdEntryRepository cpd;
    private final Contributions contributions;
    private final PeopleViews views;
    private final CurrentUser currentUser;
    private final AuditService audit;

    public PeopleQueryService(PersonRepository people, PeopleDirectory directory, CpdEntryRepository cpd,
                              Contributions contributions, PeopleViews views, CurrentUser currentUser,
                              AuditService audit) {
        this.people = people;
        this.directory = directory;
        this.cpd = cpd;
        this.contributions = contributions;
        this.views = views;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** When {@code qualifiedFor} is given, only active people qualified for that part. */
    public PersonPage list(String search, TrainingRole qualifiedFor, PageRequest page) {
        List<Person> found = directory.search(search, qualifiedFor != null);
        Map<UUID, TrainingRecord> training = directory.trainingOf(found.stream().map(Person::id).toList());
        if (qualifiedFor != null) {
            found = found.stream().filter(p -> qualifiedFor.gaps(trainingOf(training, p.id())).isEmpty()).toList();
        }
        List<Person> onPage = found.stream().skip(page.offset()).limit(page.size()).toList();
        Map<UUID, BigDecimal> cpdHours = cpd.totalHours(onPage.stream().map(Person::id).toList());
        audit.record(AuditAction.LIST, PeopleService.PERSON, null, "people page " + page.page()
                + (search == null ? "" : " search=" + search)
                + (qualifiedFor == null ? "" : " qualifiedFor=" + TrainingRoleCodes.code(qualifiedFor)));
        return new PersonPage(onPage.stream().map(p -> views.person(p, training.get(p.id()), cpdHours.get(p.id())))
                .toList(), page.page(), page.size(), found.size(), page.totalPages(found.size()));
    }

    public PersonView person(UUID id) {
        Person person = find(id);
        audit.record(AuditAction.READ, PeopleService.PERSON, id.toString(), person.name());
        return views.person(person, people.training(id).orElse(null), cpd.totalHours(List.of(id)).get(id));
    }

    public TrainingRecordView training(UUID id) {
        Person person = find(id);
        audit.record(AuditAction.READ, PeopleService.TRAINING_RECORD, id.toString(), "training of " + person.name());
        return record(person);
    }

    /** The caller's own record, found by the e-mail address in their token. */
    public TrainingRecordView mine() {
        String email = currentUser.email();
        Person person = (email == null ? java.util.Optional.<Person>empty() : people.findByEmail(email))
                .orElseThrow(() -> ApiException.notFound("A training record for you"));
        audit.record(AuditAction.READ, PeopleService.TRAINING_RECORD, person.id().toString(), "own training record");
        return record(person);
    }

    public ComplianceReport compliance(int year) {
        List<Person> active = directory.search(null, true);
        Map<UUID, TrainingRecord> training = directory.trainingOf(active.stream().map(Person::id).toList());
        Map<UUID, Long> counts = contributions.inYear(year);
        Set<UUID> everLed = contributions.everLed();
        List<ComplianceRow> rows = active.stream().map(p -> {
            Training t = trainingOf(training, p.id());
            long count = counts.getOrDefault(p.id(), 0L);
            boolean lead = LeadContributionPolicy.isLead(everLed.contains(p.id()), TrainingRole.LEAD.gaps(t).isEmpty());
            return new ComplianceRow(p.id(), p.name(), p.jobRole(), PeopleViews.qualifications(t), count, lead,
                    LeadContributionPolicy.belowMinimum(lead, count));
        }).toList();
        audit.record(AuditAction.LIST, PeopleService.TRAINING_RECORD, null, "training compliance " + year);
        return new ComplianceReport(year, LeadContributionPolicy.MINIMUM_RESPONSES_PER_YEAR, rows);
    }

    private TrainingRecordView record(Person person) {
        return views.record(person, people.training(person.id()).orElse(null), cpd.of(person.id()),
                contributions.byYear(person.id()));
    }

    private Person find(UUID id) {
        return people.find(id).orElseThrow(() -> ApiException.notFound("The person"));
    }

    private static Training trainingOf(Map<UUID, TrainingRecord> training, UUID personId) {
        TrainingRecord record = training.get(personId);
        return record == null ? Training.NONE : record.training();
    }
}
