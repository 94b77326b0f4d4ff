package uk.nhs.psirf.oversight.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A committee or oversight group (e.g. the Quality Improvement &amp; Safety Committee) and its members. */
@Entity
@Table(name = "oversight_group")
public class OversightGroup {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String purpose;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "oversight_group_member", joinColumns = @JoinColumn(name = "group_id"))
    private List<GroupMember> members = new ArrayList<>();

    protected OversightGroup() {
    }

    public static OversightGroup create(String name, String purpose, Instant at) {
        OversightGroup group = new OversightGroup();
        group.id = UUID.randomUUID();
        group.name = name;
        group.purpose = purpose;
        group.active = true;
        group.createdAt = at;
        group.updatedAt = at;
        return group;
    }

    public void change(String newName, String newPurpose, Instant at) {
        name = newName;
        purpose = newPurpose;
        updatedAt = at;
    }

    /** Adds the person, or changes their role in the group when they are already a member. */
    public void addMember(UUID personId, String groupRole, Instant at) {
        Optional<GroupMember> existing = member(personId);
        existing.ifPresent(members::remove);
        members.add(new GroupMember(personId, groupRole, existing.map(GroupMember::addedAt).orElse(at)));
        updatedAt = at;
    }

    public boolean removeMember(UUID personId, Instant at) {
        boolean removed = members.removeIf(m -> m.personId().equals(personId));
        if (removed) {
            updatedAt = at;
        }
        return removed;
    }

    /** Something assigned to or removed from the group: the group changed, so its version moves on. */
    public void touch(Instant at) {
        updatedAt = at;
    }

    public Optional<GroupMember> member(UUID personId) {
        return members.stream().filter(m -> m.personId().equals(personId)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String purpose() {
        return purpose;
    }

    public boolean active() {
        return active;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<GroupMember> members() {
        return members.stream().sorted(Comparator.comparing(GroupMember::addedAt)).toList();
    }
}
