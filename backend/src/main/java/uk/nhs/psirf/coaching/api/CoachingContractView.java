package uk.nhs.psirf.coaching.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A coaching contract with its terms, the ground rules' acceptance by each side, the course and its records.
 * {@code yourSides} are the sides the caller accepts for; {@code youCoach} says the caller writes its records.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoachingContractView(UUID id, long version, String status, String title, String coacheeKind,
                                   PartyView coachee, String teamName, List<PartyView> coaches, List<CodeView> aims,
                                   String frequency, int sessionMinutes, String venue,
                                   AcceptanceView coachAcceptance, AcceptanceView coacheeAcceptance,
                                   List<String> yourSides, boolean youCoach, int sessionsHeld, int minutesCoached,
                                   LocalDate nextMeetingOn, boolean reviewDue, LocalDate reviewDueBy,
                                   boolean reviewOverdue, LocalDate lastReviewOn, String reviewNotes,
                                   LocalDate endedOn, boolean onQiCourse, CourseView course,
                                   List<CoachingRecordView> records) {
}
