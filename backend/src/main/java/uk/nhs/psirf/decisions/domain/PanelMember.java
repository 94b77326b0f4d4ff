package uk.nhs.psirf.decisions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Optional;
import java.util.UUID;

/**
 * A subject matter expert on the panel, chosen from the people directory; one of them, a senior member, chairs it.
 * The name and job role are kept as they were when the panel sat. Members recorded before the panel was chosen
 * from the directory have no person: their typed name and role are kept as they were.
 */
@Embeddable
public class PanelMember {
    @Column(name = "person_id")
    private UUID personId;

    @Column(nullable = false, length = 200)
    private String name;

    /** The job role; null when the directory has none. */
    @Column(length = 200)
    private String role;

    @Column(nullable = false)
    private boolean chair;

    protected PanelMember() {
    }

    public PanelMember(UUID personId, String name, String role, boolean chair) {
        this.personId = personId;
        this.name = name;
        this.role = role;
        this.chair = chair;
    }

    public Optional<UUID> personId() {
        return Optional.ofNullable(personId);
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public boolean chair() {
        return chair;
    }
}
