package uk.nhs.psirf.qiprojects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** A safety action or safety improvement plan this project delivers, by the id those features give it. */
@Embeddable
public record ProjectLink(@Column(nullable = false, length = 30) String kind,
                          @Column(name = "target_id", nullable = false) UUID targetId) {
    public static final String SAFETY_ACTION = "safety-action";
    public static final String IMPROVEMENT_PLAN = "improvement-plan";
}
