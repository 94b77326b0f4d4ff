package uk.nhs.psirf.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One checklist item of a contact: ticked, and/or noted. */
@Embeddable
public class ChecklistAnswer {
    @Column(name = "item_code", nullable = false, length = 60)
    private String itemCode;

    @Column(nullable = false)
    private boolean done;

    @Column(length = 1000)
    private String note;

    protected ChecklistAnswer() {
    }

    public ChecklistAnswer(ChecklistItem item, boolean done, String note) {
        this.itemCode = item.code();
        this.done = done;
        this.note = note;
    }

    public ChecklistItem item() {
        return ChecklistItem.fromCode(itemCode).orElseThrow();
    }

    public boolean done() {
        return done;
    }

    public String note() {
        return note;
    }
}
