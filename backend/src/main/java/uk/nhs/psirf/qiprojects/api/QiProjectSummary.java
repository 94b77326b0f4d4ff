package uk.nhs.psirf.qiprojects.api;

import java.time.LocalDate;
import java.util.List;

/** A project in the list: who is in it, and its monthly update at a glance. */
public record QiProjectSummary(String id, String title, String status, LocalDate startedOn, PersonRef sponsor, List<CoachRef> coaches, int teamSize, List<String> myPart, LocalDate lastUpdateOn, LocalDate updateDueOn, boolean updateOverdue) {
}
