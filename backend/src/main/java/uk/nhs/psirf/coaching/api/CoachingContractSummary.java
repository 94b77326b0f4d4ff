package uk.nhs.psirf.coaching.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A coaching contract in a list: who, where it stands, the hours coached, the next meeting and the review. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoachingContractSummary(UUID id, String status, String title, String coacheeKind, PartyView coachee,
                                      String teamName, List<PartyView> coaches, int sessionsHeld, int minutesCoached,
                                      LocalDate nextMeetingOn, boolean reviewDue, LocalDate reviewDueBy,
                                      boolean reviewOverdue, boolean awaitingYourAcceptance, boolean onQiCourse) {
}
