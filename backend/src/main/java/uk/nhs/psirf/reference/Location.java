package uk.nhs.psirf.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
public class Location {
    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 50)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_id")
    private CareService service;

    @Column(nullable = false)
    private boolean active;

    protected Location() {
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public CareService service() {
        return service;
    }

    public boolean active() {
        return active;
    }

    public LocationView view() {
        return new LocationView(code, name, service.name(), service.directorate().name());
    }
}
