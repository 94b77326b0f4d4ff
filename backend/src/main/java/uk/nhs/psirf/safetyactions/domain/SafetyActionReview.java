package uk.nhs.psirf.safetyactions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An effectiveness review of a safety action (policy §15.1), periodic or after substantial change. */
@Entity
@Table(name = "safety_action_review")
public class SafetyActionReview {
    @Id
    private UUID id;

    @Column(name = "action_id", nullable = false)
    private UUID actionId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(nullable = false, length = 20)
    private String outcome;

    @Column(nullable = false, length = 4000)
    private String evidence;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @Column(name = "by_sub", nullable = false, length = 100)
    private String bySub;

    @Column(name = "by_name", length = 200)
    private String byName;

    @Column(nullable = false)
    private Instant at;

    protected SafetyActionReview() {
    }

    public static SafetyActionReview record(UUID actionId, LocalDate reviewedOn, Effectiveness outcome,
                                             String evidence, LocalDate nextReviewOn, Stamp by) {
        SafetyActionReview review = new SafetyActionReview();
        review.id = UUID.randomUUID();
        review.actionId = actionId;
        review.reviewedOn = reviewedOn;
        review.outcome = outcome.code();
        review.evidence = evidence;
        review.nextReviewOn = nextReviewOn;
        review.bySub = by.sub();
        review.byName = by.name();
        review.at = by.at();
        return review;
    }

    public UUID id() {
        return id;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public Effectiveness outcome() {
        return Effectiveness.fromCode(outcome).orElseThrow();
    }

    public String evidence() {
        return evidence;
    }

    public LocalDate nextReviewOn() {
        return nextReviewOn;
    }

    public String byName() {
        return byName;
    }

    public Instant at() {
        return at;
    }
}
