package uk.nhs.psirf.coaching.domain;

import java.util.List;
import java.util.UUID;

/**
 * What a coaching contract agrees (004_*): the coaches (register ids), the coachee (a person, or a team and the person
 * who accepts for it), the aims ticked, how often and how long the sessions are, where, and whether the coachee is on
 * a QI course.
 */
public record ContractTerms(List<UUID> coachIds, String coacheeKind, UUID coacheePersonId, String teamName,
                            List<CoachingAim> aims, String frequency, int sessionMinutes, String venue,
                            boolean onQiCourse) {
    public static final String INDIVIDUAL = "individual";
    public static final String TEAM = "team";
}
