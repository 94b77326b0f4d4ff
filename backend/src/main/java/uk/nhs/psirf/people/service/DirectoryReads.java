package uk.nhs.psirf.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
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
 * transaction.
 */
@ApplicationScoped
public class DirectoryReads implements Directory {
    private final PersonRepository people;
    private final PeopleDirectory directory;

    public DirectoryReads(PersonRepository people, PeopleDirectory directory) {
        this.people = people;
        this.directory = directory;
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

    private static DirectoryPerson entry(Person person) {
        return new DirectoryPerson(person.id(), person.name(), person.email(), person.jobRole(), person.active());
    }
}
