package uk.nhs.psirf.coaching.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.persistence.LastChange;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A coaching contract (004_*) between a coach (or coaches) of the register and a person or a team. */
@Entity
@Table(name = "coaching_contract")
public class CoachingContract {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 10)
    private String status;

    @ElementCollection
    @CollectionTable(name = "coaching_contract_coach", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "coach_id", nullable = false)
    private Set<UUID> coachIds = new LinkedHashSet<>();

    @Column(name = "coachee_kind", nullable = false, length = 10)
    private String coacheeKind;

    @Column(name = "coachee_person_id", nullable = false)
    private UUID coacheePersonId;

    @Column(name = "team_name", length = 200)
    private String teamName;

    @Column(nullable = false, length = 500)
    private String aims;

    @Column(nullable = false, length = 100)
    private String frequency;

    @Column(name = "session_minutes", nullable = false)
    private int sessionMinutes;

    @Column(length = 200)
    private String venue;

    @Column(name = "coach_accepted_at")
    private Instant coachAcceptedAt;

    @Column(name = "coach_accepted_by_sub", length = 100)
    private String coachAcceptedBySub;

    @Column(name = "coach_accepted_by_name", length = 200)
    private String coachAcceptedByName;

    @Column(name = "coachee_accepted_at")
    private Instant coacheeAcceptedAt;

    @Column(name = "coachee_accepted_by_sub", length = 100)
    private String coacheeAcceptedBySub;

    @Column(name = "coachee_accepted_by_name", length = 200)
    private String coacheeAcceptedByName;

    @Column(name = "last_review_on")
    private LocalDate lastReviewOn;

    @Column(name = "review_notes", length = 2000)
    private String reviewNotes;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "on_qi_course", nullable = false)
    private boolean onQiCourse;

    @Column(name = "course_training_days", nullable = false)
    private int courseTrainingDays;

    @Column(name = "course_poster", nullable = false)
    private boolean coursePoster;

    @Column(name = "course_presentation", nullable = false)
    private boolean coursePresentation;

    @Column(name = "course_completed_on")
    private LocalDate courseCompletedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastChange lastChange;

    protected CoachingContract() {
    }

    public static CoachingContract draft(ContractTerms terms, Stamp by) {
        CoachingContract contract = new CoachingContract();
        contract.id = UUID.randomUUID();
        contract.status = ContractStatus.DRAFT.code();
        contract.coachIds.addAll(terms.coachIds());
        contract.coacheeKind = terms.coacheeKind();
        contract.coacheePersonId = terms.coacheePersonId();
        contract.teamName = terms.teamName();
        contract.aims = terms.aims().stream().map(CoachingAim::code).collect(Collectors.joining(","));
        contract.frequency = terms.frequency();
        contract.sessionMinutes = terms.sessionMinutes();
        contract.venue = terms.venue();
        contract.onQiCourse = terms.onQiCourse();
        contract.createdAt = by.at();
        contract.lastChange = by.lastChange();
        return contract;
    }

    /** Records one side's acceptance of the ground rules; the contract is agreed once both sides have accepted. */
    public void accept(Side side, Stamp by) {
        if (side == Side.COACH) {
            coachAcceptedAt = by.at();
            coachAcceptedBySub = by.sub();
            coachAcceptedByName = by.name();
        } else {
            coacheeAcceptedAt = by.at();
            coacheeAcceptedBySub = by.sub();
            coacheeAcceptedByName = by.name();
        }
        if (coachAcceptedAt != null && coacheeAcceptedAt != null) {
            status = ContractStatus.AGREED.code();
        }
        lastChange = by.lastChange();
    }

    /** Moves the contract on after its records changed: active once a session is held, review when one is due. */
    public void followRecords(int heldSessions, boolean reviewDue, Stamp by) {
        ContractStatus now = status();
        if (now == ContractStatus.DRAFT || now == ContractStatus.ENDED) {
            return;
        }
        ContractStatus next = reviewDue ? ContractStatus.REVIEW
                : heldSessions > 0 ? ContractStatus.ACTIVE : ContractStatus.AGREED;
        if (next != now) {
            status = next.code();
            lastChange = by.lastChange();
        }
    }

    /** The review after four sessions: the coaching carries on, or ends on the day of the review. */
    public void reviewed(LocalDate heldOn, String notes, boolean carryOn, Stamp by) {
        lastReviewOn = heldOn;
        reviewNotes = notes;
        if (carryOn) {
            status = ContractStatus.ACTIVE.code();
        } else {
            status = ContractStatus.ENDED.code();
            endedOn = heldOn;
        }
        lastChange = by.lastChange();
    }

    public void courseProgress(int trainingDays, boolean poster, boolean presentation, LocalDate completedOn,
                               Stamp by) {
        courseTrainingDays = trainingDays;
        coursePoster = poster;
        coursePresentation = presentation;
        courseCompletedOn = completedOn;
        lastChange = by.lastChange();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ContractStatus status() {
        return ContractStatus.fromCode(status).orElseThrow();
    }

    public Set<UUID> coachIds() {
        return Set.copyOf(coachIds);
    }

    public boolean isCoachedBy(UUID coachId) {
        return coachId != null && coachIds.contains(coachId);
    }

    public String coacheeKind() {
        return coacheeKind;
    }

    public UUID coacheePersonId() {
        return coacheePersonId;
    }

    public String teamName() {
        return teamName;
    }

    public List<CoachingAim> aims() {
        return Arrays.stream(aims.split(",")).filter(s -> !s.isEmpty())
                .map(code -> CoachingAim.fromCode(code).orElseThrow()).toList();
    }

    public String frequency() {
        return frequency;
    }

    public int sessionMinutes() {
        return sessionMinutes;
    }

    public String venue() {
        return venue;
    }

    public boolean acceptedBy(Side side) {
        return side == Side.COACH ? coachAcceptedAt != null : coacheeAcceptedAt != null;
    }

    public Instant acceptedAt(Side side) {
        return side == Side.COACH ? coachAcceptedAt : coacheeAcceptedAt;
    }

    public String acceptedByName(Side side) {
        return side == Side.COACH ? coachAcceptedByName : coacheeAcceptedByName;
    }

    public LocalDate lastReviewOn() {
        return lastReviewOn;
    }

    public String reviewNotes() {
        return reviewNotes;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public boolean onQiCourse() {
        return onQiCourse;
    }

    public int courseTrainingDays() {
        return courseTrainingDays;
    }

    public boolean coursePoster() {
        return coursePoster;
    }

    public boolean coursePresentation() {
        return coursePresentation;
    }

    public LocalDate courseCompletedOn() {
        return courseCompletedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
