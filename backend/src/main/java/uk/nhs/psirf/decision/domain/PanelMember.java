package uk.nhs.psirf.decision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A subject matter expert on the panel; one of them, a senior member, chairs it. */
@Embeddable
public class PanelMember {
    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String role;

    @Column(nullable = false)
    private boolean chair;

    protected PanelMember() {
    }

    public PanelMember(String name, String role, boolean chair) {
        this.name = name;
        this.role = role;
        this.chair = chair;
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public boolean chair() {
        return chair;
    }
}
