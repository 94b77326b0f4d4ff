package uk.nhs.psirf.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A patient, family member, carer or member of staff affected by the events of a learning response (policy §6). */
@Entity
@Table(name = "person_affected")
public class PersonAffected {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "response_id", nullable = false)
    private UUID responseId;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "named_contact_person_id")
    private UUID namedContactPersonId;

    @Column(name = "named_contact_name", length = 200)
    private String namedContactName;

    @Column(name = "preferred_contact_method", length = 200)
    private String preferredContactMethod;

    @Column(name = "access_and_support_needs", length = 4000)
    private String accessAndSupportNeeds;

    @Column(nullable = false, length = 200)
    private String involvement;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_sub", nullable = false, length = 100)
    private String updatedBySub;

    protected PersonAffected() {
    }

    public static PersonAffected add(UUID responseId, AffectedDetails details, Stamp by) {
        PersonAffected person = new PersonAffected();
        person.id = UUID.randomUUID();
        person.responseId = responseId;
        person.createdAt = by.at();
        person.change(details, by);
        return person;
    }

    public void change(AffectedDetails details, Stamp by) {
        kind = details.kind().code();
        name = details.name();
        namedContactPersonId = details.namedContactPersonId();
        namedContactName = details.namedContactName();
        preferredContactMethod = details.preferredContactMethod();
        accessAndSupportNeeds = details.accessAndSupportNeeds();
        involvement = details.involvement().stream().map(Involvement::code).collect(Collectors.joining(","));
        updatedBySub = by.sub();
        updatedAt = by.at();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID responseId() {
        return responseId;
    }

    public AffectedKind kind() {
        return AffectedKind.fromCode(kind).orElseThrow();
    }

    public String name() {
        return name;
    }

    public UUID namedContactPersonId() {
        return namedContactPersonId;
    }

    public String namedContactName() {
        return namedContactName;
    }

    public String preferredContactMethod() {
        return preferredContactMethod;
    }

    public String accessAndSupportNeeds() {
        return accessAndSupportNeeds;
    }

    public List<Involvement> involvement() {
        return Arrays.stream(involvement.split(",")).filter(s -> !s.isEmpty())
                .map(code -> Involvement.fromCode(code).orElseThrow()).toList();
    }
}
