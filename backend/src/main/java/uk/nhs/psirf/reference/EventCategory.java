package uk.nhs.psirf.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The trust's category of an event, mapped to an LFPSE v5 code where one fits. */
@Entity
@Immutable
@Table(name = "event_category")
public class EventCategory {
    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 50)
    private String code;

    @Column(nullable = false, length = 100)
    private String display;

    @Column(length = 300)
    private String hint;

    @Column(name = "lfpse_system", length = 50)
    private String lfpseSystem;

    @Column(name = "lfpse_code", length = 10)
    private String lfpseCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected EventCategory() {
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    public boolean active() {
        return active;
    }

    public String lfpseSystem() {
        return lfpseSystem;
    }

    public String lfpseCode() {
        return lfpseCode;
    }

    public Code view() {
        return new Code(code, display, hint);
    }
}
