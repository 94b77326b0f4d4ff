package uk.nhs.psirf.safetyactions.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.persistence.LastChange;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A safety action (policy §15): from a learning response, a theme or a plan, with an owner, measures and a due date. */
@Entity
@Table(name = "safety_action")
public class SafetyAction {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 20, unique = true)
    private String reference;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false, length = 20)
    private String source;

    @Column(name = "response_id")
    private UUID responseId;

    @Column(length = 200)
    private String theme;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "owner_person_id")
    private UUID ownerPersonId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Column(name = "agreed_by_sub", length = 100)
    private String agreedBySub;

    @Column(name = "agreed_by_name", length = 200)
    private String agreedByName;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @Column(length = 20)
    private String effectiveness;

    @ElementCollection
    @CollectionTable(name = "safety_action_measure", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    @Column(name = "description", nullable = false, length = 1000)
    private List<String> measures = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastChange lastChange;

    protected SafetyAction() {
    }

    public static SafetyAction propose(String reference, ActionSource source, UUID responseId, String theme,
                                       ActionDetails details, Stamp by) {
        SafetyAction action = new SafetyAction();
        action.id = UUID.randomUUID();
        action.reference = reference;
        action.source = source.code();
        action.responseId = responseId;
        action.theme = theme;
        action.status = ActionStatus.PROPOSED.code();
        action.createdAt = by.at();
        action.change(details, by);
        return action;
    }

    public void change(ActionDetails details, Stamp by) {
        title = details.title();
        description = details.description();
        planId = details.planId();
        ownerPersonId = details.ownerPersonId();
        measures.clear();
        measures.addAll(details.measures());
        dueOn = details.dueOn();
        lastChange = by.lastChange();
    }

    public void agree(Stamp by) {
        status = ActionStatus.AGREED.code();
        agreedAt = by.at();
        agreedBySub = by.sub();
        agreedByName = by.name();
        lastChange = by.lastChange();
    }

    public void progress(ActionStatus newStatus, Stamp by) {
        status = newStatus.code();
        lastChange = by.lastChange();
    }

    public void reviewed(Effectiveness latest, LocalDate nextReview, Stamp by) {
        effectiveness = latest.code();
        nextReviewOn = nextReview;
        lastChange = by.lastChange();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public ActionSource source() {
        return ActionSource.fromCode(source).orElseThrow();
    }

    public UUID responseId() {
        return responseId;
    }

    public String theme() {
        return theme;
    }

    public UUID planId() {
        return planId;
    }

    public UUID ownerPersonId() {
        return ownerPersonId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ActionStatus status() {
        return ActionStatus.fromCode(status).orElseThrow();
    }

    public Instant agreedAt() {
        return agreedAt;
    }

    public String agreedByName() {
        return agreedByName;
    }

    public LocalDate nextReviewOn() {
        return nextReviewOn;
    }

    public Effectiveness effectiveness() {
        return effectiveness == null ? null : Effectiveness.fromCode(effectiveness).orElseThrow();
    }

    public List<String> measures() {
        return List.copyOf(measures);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LastChange lastChange() {
        return lastChange;
    }
}
