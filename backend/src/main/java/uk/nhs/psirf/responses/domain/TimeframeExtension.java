package uk.nhs.psirf.responses.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A later target agreed with those affected (policy §13); the dates are as shown, paused days included. */
@Entity
@Table(name = "learning_response_extension")
public class TimeframeExtension {
    @Id
    private UUID id;

    @Column(name = "previous_target_on", nullable = false)
    private LocalDate previousTargetOn;

    @Column(name = "new_target_on", nullable = false)
    private LocalDate newTargetOn;

    @Column(nullable = false, length = 2000)
    private String reason;

    @ElementCollection
    @CollectionTable(name = "learning_response_extension_agreement", joinColumns = @JoinColumn(name = "extension_id"))
    @OrderColumn(name = "position")
    private List<Agreement> agreedBy = new ArrayList<>();

    @Column(name = "recorded_by_sub", nullable = false, length = 100)
    private String recordedBySub;

    @Column(name = "recorded_by_name", length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TimeframeExtension() {
    }

    TimeframeExtension(LocalDate previousTargetOn, LocalDate newTargetOn, String reason, List<Agreement> agreedBy,
                       String bySub, String byName, Instant at) {
        if (!ExtensionAgreementPolicy.isAgreed(agreedBy)) {
            throw new IllegalArgumentException("An extension needs the agreement of those affected");
        }
        this.id = UUID.randomUUID();
        this.previousTargetOn = previousTargetOn;
        this.newTargetOn = newTargetOn;
        this.reason = reason;
        this.agreedBy.addAll(agreedBy);
        this.recordedBySub = bySub;
        this.recordedByName = byName;
        this.recordedAt = at;
    }

    public LocalDate previousTargetOn() {
        return previousTargetOn;
    }

    public LocalDate newTargetOn() {
        return newTargetOn;
    }

    public String reason() {
        return reason;
    }

    public List<Agreement> agreedBy() {
        return List.copyOf(agreedBy);
    }

    public String recordedByName() {
        return recordedByName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
