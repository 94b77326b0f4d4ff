package uk.nhs.psirf.responseplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The assessed impact of a plan on one RAPID group; {@code impact} is empty while a draft leaves it unanswered. */
@Embeddable
public class GroupImpact {
    @Column(name = "equality_group", nullable = false, length = 40)
    private String group;

    @Column(length = 20)
    private String impact;

    @Column(length = 2000)
    private String comments;

    protected GroupImpact() {
    }

    public GroupImpact(EqualityGroup group, Impact impact, String comments) {
        this.group = group.code();
        this.impact = impact == null ? null : impact.code();
        this.comments = comments;
    }

    public EqualityGroup group() {
        return EqualityGroup.fromCode(group).orElseThrow();
    }

    /** Null when not answered yet. */
    public Impact impact() {
        return impact == null ? null : Impact.fromCode(impact).orElseThrow();
    }

    public String comments() {
        return comments;
    }
}
