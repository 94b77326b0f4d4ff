package uk.nhs.psirf.investigation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The input of someone affected to the terms of reference, or that they declined to give any (policy §12.3). */
@Embeddable
public class AffectedInput {
    @Column(nullable = false, length = 200)
    private String who;

    @Column(nullable = false)
    private boolean declined;

    @Column(length = 4000)
    private String summary;

    protected AffectedInput() {
    }

    public AffectedInput(String who, boolean declined, String summary) {
        this.who = who;
        this.declined = declined;
        this.summary = declined ? null : summary;
    }

    public String who() {
        return who;
    }

    public boolean declined() {
        return declined;
    }

    public String summary() {
        return summary;
    }
}
