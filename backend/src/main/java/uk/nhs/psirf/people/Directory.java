package uk.nhs.psirf.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The people feature's front door for the other features: who is in the directory, by id, e-mail address or search.
 * Other features name people (a lead, an owner, a supporter) by id and read back only what they show: never the
 * people feature's entities or repositories.
 */
public interface Directory {
    /** The person with this id, active or not. */
    Optional<DirectoryPerson> find(UUID personId);

    /** The person whose e-mail address is this one (any case), active or not. */
    Optional<DirectoryPerson> findByEmail(String email);

    /**
     * The names of the people with these ids; ids that name no one (and nulls) are missing.
     * A map in which a null id may be looked up (lists look up an absent link by null).
     */
    Map<UUID, String> names(Collection<UUID> personIds);

    /** People whose name or e-mail address contains the text (any case), by name; everyone when the text is null. */
    List<DirectoryPerson> search(String text, boolean activeOnly);

    /**
     * Adds an active person to the directory (e.g. a coach with lived experience appointed to the bank), audited as
     * the people feature audits every person it adds. The e-mail address must not be anyone else's (400
     * {@code already-used} on the field {@code email}).
     */
    DirectoryPerson add(String name, String email, String jobRole);
}
