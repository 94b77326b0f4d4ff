package uk.nhs.psirf.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A clinical service of the trust (District Nursing, Health Visiting, …). */
@Entity
@Immutable
@Table(name = "care_service")
public class CareService {
    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "directorate_id")
    private Directorate directorate;

    @Column(nullable = false, length = 100)
    private String name;

    protected CareService() {
    }

    public String name() {
        return name;
    }

    public Directorate directorate() {
        return directorate;
    }
}
