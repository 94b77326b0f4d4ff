package uk.nhs.psirf.staffsupport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** A step of Appendix 2 as done for one member of staff: when, and a note. */
@Embeddable
public class SupportStepRecord {
    @Column(name = "step_code", nullable = false, length = 60)
    private String stepCode;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(length = 1000)
    private String note;

    protected SupportStepRecord() {
    }

    public SupportStepRecord(SupportStep step, LocalDate doneOn, String note) {
        this.stepCode = step.code();
        this.doneOn = doneOn;
        this.note = note;
    }

    public SupportStep step() {
        return SupportStep.fromCode(stepCode).orElseThrow();
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String note() {
        return note;
    }
}
