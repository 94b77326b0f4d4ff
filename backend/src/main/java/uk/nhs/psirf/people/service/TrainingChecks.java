package uk.nhs.psirf.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.people.domain.Person;
import uk.nhs.psirf.people.domain.Training;
import uk.nhs.psirf.people.domain.TrainingRecord;
import uk.nhs.psirf.people.domain.TrainingRequirement;
import uk.nhs.psirf.people.domain.TrainingRole;
import uk.nhs.psirf.people.persistence.PersonRepository;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The seam other features use to assign people (a lead, an engagement lead, an overseer, a panel member): refuses with 400 naming
 * the field and each missing requirement (code {@code training-missing}), or {@code unknown-person}.
 */
@ApplicationScoped
public class TrainingChecks {
    private final PersonRepository people;

    public TrainingChecks(PersonRepository people) {
        this.people = people;
    }

    /** The person, when they exist, are active and have the training the role asks for. */
    public Person requireQualified(UUID personId, TrainingRole role, String field) {
        Person person = people.find(personId).filter(Person::active).orElseThrow(() -> new ValidationFailedException(
                List.of(new FieldError(field, FieldErrorCode.UNKNOWN_PERSON, "Select a person from the list"))));
        List<TrainingRequirement> gaps = role.gaps(trainingOf(personId));
        if (!gaps.isEmpty()) {
            throw new ValidationFailedException(gaps.stream()
                    .map(gap -> new FieldError(field, FieldErrorCode.TRAINING_MISSING,
                            person.name() + " cannot " + role.description() + ": " + gap.message()))
                    .toList());
        }
        return person;
    }

    /** The person, when they exist and are active; a part that asks for no training (e.g. a panel member). */
    public Optional<Person> activePerson(UUID personId) {
        return personId == null ? Optional.empty() : people.find(personId).filter(Person::active);
    }

    public Training trainingOf(UUID personId) {
        return people.training(personId).map(TrainingRecord::training).orElse(Training.NONE);
    }
}
