package uk.nhs.psirf.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.persistence.LastChange;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A patient safety partner's entry in the register (policy §3.7). */
@Entity
@Table(name = "patient_safety_partner")
public class PatientSafetyPartner {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "supporter_person_id", nullable = false)
    private UUID supporterPersonId;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(nullable = false, length = 300)
    private String areas;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastChange lastChange;

    protected PatientSafetyPartner() {
    }

    public static PatientSafetyPartner register(Partnership partnership, Stamp by) {
        PatientSafetyPartner partner = new PatientSafetyPartner();
        partner.id = UUID.randomUUID();
        partner.createdAt = by.at();
        partner.change(partnership, by);
        return partner;
    }

    public void change(Partnership partnership, Stamp by) {
        personId = partnership.personId();
        supporterPersonId = partnership.supporterPersonId();
        startedOn = partnership.startedOn();
        endedOn = partnership.endedOn();
        areas = partnership.areas().stream().map(InvolvementArea::code).collect(Collectors.joining(","));
        lastChange = by.lastChange();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID personId() {
        return personId;
    }

    public UUID supporterPersonId() {
        return supporterPersonId;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public List<InvolvementArea> areas() {
        return Arrays.stream(areas.split(",")).filter(s -> !s.isEmpty())
                .map(code -> InvolvementArea.fromCode(code).orElseThrow()).toList();
    }
}
