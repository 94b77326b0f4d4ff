package uk.nhs.psirf.qiprojects.api;

import java.time.LocalDate;
import java.util.List;

/** A QI project as its coaches, sponsor, team and the improvement advisor read it, with what the caller may do. */
public record QiProjectView(String id, long version, String title, String aim, String status, LocalDate startedOn, PersonRef sponsor, List<PersonRef> team, List<CoachRef> coaches, List<PrimaryDriver> drivers, List<LinkView> links, List<MeasureSummary> measures, List<PdsaCycleView> pdsaCycles, List<ProjectUpdateView> updates, LocalDate lastUpdateOn, LocalDate updateDueOn, boolean updateOverdue, List<String> myPart, boolean canChange, boolean canRecordWork, boolean canPostUpdate) {
}
