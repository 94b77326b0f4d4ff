package uk.nhs.psirf.qiprojects.api;

import java.math.BigDecimal;
import java.util.List;

/** A measure with its run chart: the median of the baseline, the runs and every point with its signals. */
public record RunChartView(String id, String projectId, String projectTitle, String kind, String name, String definition, String unit, String direction, Integer baselinePoints, BigDecimal median, int baselineCount, boolean signalsShown, int usefulObservations, int runs, RunsRange expectedRuns, boolean tooFewRuns, boolean tooManyRuns, List<RunChartPointView> points, List<PinnedCycle> pdsaCycles, boolean canRecordWork) {
}
