package uk.nhs.psirf.programmes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.persistence.LastChange;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A community of practice (001_*): people who share a concern and learn together, meeting regularly. */
@Entity
@Table(name = "community_of_practice")
public class CommunityOfPractice {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2000)
    private String purpose;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cop_member", joinColumns = @JoinColumn(name = "community_id"))
    @Column(name = "person_id", nullable = false)
    private Set<UUID> members = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastChange lastChange;

    protected CommunityOfPractice() {
    }

    public static CommunityOfPractice start(String name, String purpose, Set<UUID> members, Stamp by) {
        CommunityOfPractice community = new CommunityOfPractice();
        community.id = UUID.randomUUID();
        community.createdAt = by.at();
        community.change(name, purpose, members, by);
        return community;
    }

    public void change(String name, String purpose, Set<UUID> members, Stamp by) {
        this.name = name;
        this.purpose = purpose;
        this.members.clear();
        this.members.addAll(members);
        lastChange = LastChange.by(by.sub(), by.name(), by.at());
    }

    public boolean hasMember(UUID personId) {
        return personId != null && members.contains(personId);
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

    public Set<UUID> members() {
        return Set.copyOf(members);
    }
}
