package uk.nhs.psirf.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.people.api.PersonInput;
import uk.nhs.psirf.people.api.PersonView;
import uk.nhs.psirf.people.domain.Person;
import uk.nhs.psirf.people.persistence.PeopleDirectory;
import uk.nhs.psirf.people.persistence.PersonRepository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link Directory} other features use, over the people feature's own repositories; in the caller's
 * transaction. Adding a person goes through {@link PeopleService}, so it is checked and audited as any other.
 */
@ApplicationScoped
public class DirectoryReads implements Directory {
    private final PersonRepository people;
    private final PeopleDirectory directory;
    private final PeopleService changes;

    public DirectoryReads(PersonRepository people, PeopleDirectory directory, PeopleService changes) {
        this.people = people;
        this.directory = directory;
        this.changes = changes;
    }

    @Override
    public Optional<DirectoryPerson> find(UUID personId) {
        return people.find(personId).map(DirectoryReads::entry);
    }

    @Override
    public Optional<DirectoryPerson> findByEmail(String email) {
        return people.findByEmail(email).map(DirectoryReads::entry);
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> personIds) {
        return directory.names(personIds.stream().filter(Objects::nonNull).distinct().toList());
    }

    @Override
    public List<DirectoryPerson> search(String text, boolean activeOnly) {
        return directory.search(text, activeOnly).stream().map(DirectoryReads::entry).toList();
    }

    @Override
    public DirectoryPerson add(String name, String email, String jobRole) {
        PersonView added = changes.create(new PersonInput(name, email, jobRole));
        return new DirectoryPerson(added.id(), added.name(), added.email(), added.jobRole(), added.active());
    }

    private static DirectoryPerson entry(Person person) {
        return new DirectoryPerson(person.id(), person.name(), person.email(), person.jobRole(), person.active());
    }
}
