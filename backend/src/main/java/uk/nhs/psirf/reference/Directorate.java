package uk.nhs.psirf.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
public class Directorate {
    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    protected Directorate() {
    }

    public Long id() {
        return id;
    }

    public DirectorateView view() {
        return new DirectorateView(id, name);
    }

    public String name() {
        return name;
    }
}
