package uk.nhs.psirf.coaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An action agreed at a coaching session and who takes it forward (004_*, "Action"). */
@Embeddable
public class RecordAction {
    @Column(nullable = false, length = 1000)
    private String action;

    @Column(nullable = false, length = 200)
    private String owner;

    protected RecordAction() {
    }

    public RecordAction(String action, String owner) {
        this.action = action;
        this.owner = owner;
    }

    public String action() {
        return action;
    }

    public String owner() {
        return owner;
    }
}
