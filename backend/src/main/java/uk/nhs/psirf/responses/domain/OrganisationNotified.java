package uk.nhs.psirf.responses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** Another organisation involved in a cross-system response (policy §12.4) and when it was told. */
@Embeddable
public class OrganisationNotified {
    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    protected OrganisationNotified() {
    }

    public OrganisationNotified(String name, LocalDate notifiedOn) {
        this.name = name;
        this.notifiedOn = notifiedOn;
    }

    public String name() {
        return name;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }
}
