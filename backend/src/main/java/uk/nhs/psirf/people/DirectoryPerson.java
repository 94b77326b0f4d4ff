package uk.nhs.psirf.people;

import java.util.UUID;

/** A person as other features see them in the directory: enough to check, name and show them. */
public record DirectoryPerson(UUID id, String name, String email, String jobRole, boolean active) {
}
