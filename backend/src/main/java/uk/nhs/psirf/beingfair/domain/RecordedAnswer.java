package uk.nhs.psirf.beingfair.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;

/** One answer given in a use of the tool, by whom and when. */
@Embeddable
public class RecordedAnswer {
    @Column(name = "question", nullable = false, length = 40)
    private String question;

    @Column(name = "answer", nullable = false, length = 10)
    private String answer;

    @Column(name = "answered_by_sub", nullable = false, length = 100)
    private String answeredBySub;

    @Column(name = "answered_by_name", length = 200)
    private String answeredByName;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected RecordedAnswer() {
    }

    public RecordedAnswer(Question question, Answer answer, Stamp by) {
        this.question = question.id();
        this.answer = answer.code();
        this.answeredBySub = by.sub();
        this.answeredByName = by.name();
        this.answeredAt = by.at();
    }

    public Question question() {
        return Question.fromId(question).orElseThrow();
    }

    public Answer answer() {
        return Answer.fromCode(answer).orElseThrow();
    }

    public BeingFairPath.Given given() {
        return new BeingFairPath.Given(question(), answer());
    }

    public String answeredByName() {
        return answeredByName;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
