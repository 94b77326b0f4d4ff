package uk.nhs.psirf.beingfair.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One version of the use of the tool: the three questions considered first, the answers in the order the path asked
 * them, and the end reached. Revisiting the tool starts a new one; an earlier one is never changed again.
 */
@Entity
@Table(name = "being_fair_round")
public class BeingFairRound {
    @Id
    private UUID id;

    @Column(name = "being_fair_id", nullable = false)
    private UUID beingFairId;

    @Column(nullable = false)
    private int number;

    @Column(name = "started_by_sub", nullable = false, length = 100)
    private String startedBySub;

    @Column(name = "started_by_name", length = 200)
    private String startedByName;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "who_is_hurt", length = 4000)
    private String whoIsHurt;

    @Column(name = "what_they_need", length = 4000)
    private String whatTheyNeed;

    @Column(name = "whose_responsibility", length = 4000)
    private String whoseResponsibility;

    @Column(name = "considered_by_sub", length = 100)
    private String consideredBySub;

    @Column(name = "considered_at")
    private Instant consideredAt;

    @Column(length = 60)
    private String outcome;

    @Column(name = "ended_at")
    private Instant endedAt;

    @ElementCollection
    @CollectionTable(name = "being_fair_answer", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<RecordedAnswer> answers = new ArrayList<>();

    protected BeingFairRound() {
    }

    public static BeingFairRound start(UUID beingFairId, int number, Stamp by) {
        BeingFairRound round = new BeingFairRound();
        round.id = UUID.randomUUID();
        round.beingFairId = beingFairId;
        round.number = number;
        round.startedBySub = by.sub();
        round.startedByName = by.name();
        round.startedAt = by.at();
        return round;
    }

    public void consider(String whoIsHurtNow, String whatTheyNeedNow, String whoseResponsibilityNow, Stamp by) {
        whoIsHurt = whoIsHurtNow;
        whatTheyNeed = whatTheyNeedNow;
        whoseResponsibility = whoseResponsibilityNow;
        consideredBySub = by.sub();
        consideredAt = by.at();
    }

    public boolean considered() {
        return consideredAt != null;
    }

    /** Where the answers so far lead. */
    public BeingFairPath.Position position() {
        return BeingFairPath.walk(answers.stream().map(RecordedAnswer::given).toList());
    }

    /** Records an answer the path accepts ({@link BeingFairPath#accepts}); ends the round when the path ends. */
    public BeingFairPath.Position answer(Question question, Answer answer, Stamp by) {
        List<BeingFairPath.Given> given = answers.stream().map(RecordedAnswer::given).toList();
        if (!BeingFairPath.accepts(given, question, answer)) {
            throw new IllegalArgumentException("Not the answer the tool asks for next");
        }
        answers.add(new RecordedAnswer(question, answer, by));
        BeingFairPath.Position position = position();
        if (position.ended()) {
            outcome = position.outcome().code();
            endedAt = by.at();
        }
        return position;
    }

    public boolean ended() {
        return outcome != null;
    }

    public UUID id() {
        return id;
    }

    public UUID beingFairId() {
        return beingFairId;
    }

    public int number() {
        return number;
    }

    public String startedByName() {
        return startedByName;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String whoIsHurt() {
        return whoIsHurt;
    }

    public String whatTheyNeed() {
        return whatTheyNeed;
    }

    public String whoseResponsibility() {
        return whoseResponsibility;
    }

    public Instant consideredAt() {
        return consideredAt;
    }

    public Outcome outcome() {
        return outcome == null ? null : Outcome.fromCode(outcome).orElseThrow();
    }

    public Instant endedAt() {
        return endedAt;
    }

    public List<RecordedAnswer> answers() {
        return List.copyOf(answers);
    }
}
