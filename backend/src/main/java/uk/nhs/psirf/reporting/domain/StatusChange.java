package uk.nhs.psirf.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step in the status history of an event; added, never changed. */
@Entity
@Table(name = "event_status_change")
public class StatusChange {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_status_change_id")
    @SequenceGenerator(name = "event_status_change_id", sequenceName = "event_status_change_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private PatientSafetyEvent event;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 20)
    private EventStatus status;

    @Column(name = "by_sub", length = 100)
    private String bySub;

    @Column(name = "by_name", length = 200)
    private String byName;

    @Column(length = 2000)
    private String note;

    protected StatusChange() {
    }

    StatusChange(PatientSafetyEvent event, Instant at, EventStatus status, String bySub, String byName, String note) {
        this.event = event;
        this.at = at;
        this.status = status;
        this.bySub = bySub;
        this.byName = byName;
        this.note = note;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public EventStatus status() {
        return status;
    }

    public String bySub() {
        return bySub;
    }

    public String byName() {
        return byName;
    }

    public String note() {
        return note;
    }
}
