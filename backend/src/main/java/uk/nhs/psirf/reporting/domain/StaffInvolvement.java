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

/** A member of staff involved in an event; the name is identifiable, the role is not. */
@Entity
@Table(name = "event_staff_involved")
public class StaffInvolvement {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_staff_involved_id")
    @SequenceGenerator(name = "event_staff_involved_id", sequenceName = "event_staff_involved_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private PatientSafetyEvent event;

    @Column(nullable = false)
    private int position;

    @Column(length = 200)
    private String name;

    @Column(nullable = false, length = 100)
    private String role;

    @Column(name = "staff_type")
    private Integer staffType;

    protected StaffInvolvement() {
    }

    StaffInvolvement(PatientSafetyEvent event, int position, String name, String role, Integer staffType) {
        this.event = event;
        this.position = position;
        this.name = name;
        this.role = role;
        this.staffType = staffType;
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public Integer staffType() {
        return staffType;
    }
}
