package uk.nhs.psirf.qiprojects.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.qiprojects.domain.RunChart.Analysis;
import uk.nhs.psirf.qiprojects.domain.RunChart.Point;
import uk.nhs.psirf.qiprojects.domain.RunChart.Rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The IHI run chart rules (Perla, Provost and Murray, "The run chart: a simple analytical tool for learning from
 * variation in healthcare processes", BMJ Qual Saf 2011; issue 12 item 5): "a shift of 6 or more consecutive points
 * on one side of the median, where points on the median neither count nor break it; a trend of 5 or more rising or
 * falling, equal neighbours counted once; too few or too many runs, from the published table; an astronomical point
 * flagged by the team ... a baseline of at least 10 points before signals are shown". Each series is written out.
 */
class RunChartTest {
    /** Ten baseline points alternating about a median of 6, ending below it. */
    private static final double[] BASELINE = {7, 5, 7, 5, 7, 5, 7, 5, 7, 5};

    @Test
    void a_shift_of_six_points_on_one_side_of_the_median_is_a_signal_on_a_run_chart() {
        Analysis chart = RunChart.analyse(series(BASELINE, 8, 9, 8, 9, 8, 9), 10);
        assertEquals(0, new BigDecimal("6").compareTo(chart.median()));
        assertTrue(chart.signalsShown());
        assertEquals(pointsWith(Rule.SHIFT, 10, 11, 12, 13, 14, 15), marked(chart, Rule.SHIFT));
        assertTrue(chart.anySignal());
    }

    @Test
    void five_points_on_one_side_of_the_median_are_not_a_shift() {
        Analysis chart = RunChart.analyse(series(BASELINE, 8, 9, 8, 9, 8, 5), 10);
        assertEquals(List.of(), marked(chart, Rule.SHIFT));
        assertFalse(chart.anySignal());
    }

    @Test
    void a_point_on_the_median_neither_counts_towards_a_shift_nor_breaks_it() {
        Analysis fiveAndOneOnTheMedian = RunChart.analyse(series(BASELINE, 8, 9, 6, 8, 9, 8), 10);
        assertEquals(List.of(), marked(fiveAndOneOnTheMedian, Rule.SHIFT));

        Analysis sixAroundOneOnTheMedian = RunChart.analyse(series(BASELINE, 8, 9, 6, 8, 9, 8, 9), 10);
        assertEquals(pointsWith(Rule.SHIFT, 10, 11, 13, 14, 15, 16), marked(sixAroundOneOnTheMedian, Rule.SHIFT));
        assertEquals(Set.of(), sixAroundOneOnTheMedian.rules().get(12));
    }

    @Test
    void a_shift_below_the_median_is_a_signal_too() {
        Analysis chart = RunChart.analyse(series(new double[]{5, 7, 5, 7, 5, 7, 5, 7, 5, 7}, 4, 3, 4, 3, 4, 3), 10);
        assertEquals(pointsWith(Rule.SHIFT, 10, 11, 12, 13, 14, 15), marked(chart, Rule.SHIFT));
    }

    @Test
    void five_points_all_rising_are_a_trend() {
        Analysis chart = RunChart.analyse(series(BASELINE, 4, 5.5, 6.5, 7.5, 8.5), 10);
        assertEquals(pointsWith(Rule.TREND, 10, 11, 12, 13, 14), marked(chart, Rule.TREND));
        assertEquals(List.of(), marked(chart, Rule.SHIFT));
    }

    @Test
    void five_points_all_falling_are_a_trend() {
        Analysis chart = RunChart.analyse(series(BASELINE, 8.5, 7.5, 6.5, 5.5, 4), 10);
        // the last baseline point (5) rises to 8.5, so the fall starts at 8.5
        assertEquals(pointsWith(Rule.TREND, 10, 11, 12, 13, 14), marked(chart, Rule.TREND));
    }

    @Test
    void four_points_rising_are_not_a_trend() {
        Analysis chart = RunChart.analyse(series(BASELINE, 4, 5.5, 6.5, 7.5, 3), 10);
        assertEquals(List.of(), marked(chart, Rule.TREND));
    }

    @Test
    void equal_neighbours_are_counted_once_in_a_trend_neither_adding_to_it_nor_breaking_it() {
        Analysis fourDistinct = RunChart.analyse(series(BASELINE, 4, 5.5, 5.5, 6.5, 7.5, 3), 10);
        assertEquals(List.of(), marked(fourDistinct, Rule.TREND));

        Analysis fiveDistinct = RunChart.analyse(series(BASELINE, 4, 5.5, 5.5, 6.5, 7.5, 8.5), 10);
        assertEquals(pointsWith(Rule.TREND, 10, 11, 12, 13, 14, 15), marked(fiveDistinct, Rule.TREND));
    }

    @Test
    void no_signal_is_shown_until_the_baseline_has_ten_points() {
        List<Point> points = series(new double[]{7, 5, 7, 5, 7, 5, 7, 5, 5}, 8, 9, 8, 9, 8, 9);
        Analysis nine = RunChart.analyse(points, 9);
        assertFalse(nine.signalsShown());
        assertEquals(9, nine.baselinePoints());
        assertTrue(nine.rules().stream().allMatch(Set::isEmpty));
        assertFalse(nine.anySignal());

        Analysis tooShort = RunChart.analyse(series(new double[]{1, 2, 3, 4, 5, 6, 7, 8, 9}), null);
        assertFalse(tooShort.signalsShown());
        assertEquals(0, new BigDecimal("5").compareTo(tooShort.median()));
    }

    @Test
    void the_median_is_that_of_the_baseline_extended_over_the_later_points() {
        Analysis chart = RunChart.analyse(series(BASELINE, 20, 20, 20), 10);
        assertEquals(0, new BigDecimal("6").compareTo(chart.median()));
        Analysis wholeSeries = RunChart.analyse(series(BASELINE, 20, 20, 20), null);
        assertEquals(13, wholeSeries.baselinePoints());
        assertEquals(0, new BigDecimal("7").compareTo(wholeSeries.median()));
    }

    @Test
    void the_median_of_an_even_number_of_points_is_halfway_between_the_middle_two() {
        assertEquals(0, new BigDecimal("1.5").compareTo(RunChart.median(series(new double[]{2, 1}))));
        assertEquals(0, new BigDecimal("3").compareTo(RunChart.median(series(new double[]{3, 1, 9}))));
    }

    @Test
    void too_few_runs_by_the_published_table_is_a_signal() {
        // 20 useful observations: 10 below, then 10 above the median of 5.5; 2 runs where the table expects 6 to 16.
        Analysis chart = RunChart.analyse(series(new double[]{1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 9, 10, 9, 10, 9, 10, 9, 10,
                9, 10}), null);
        assertEquals(20, chart.usefulObservations());
        assertEquals(2, chart.runs());
        assertEquals(new RunsTable.Range(6, 16), chart.expectedRuns());
        assertTrue(chart.tooFewRuns());
        assertFalse(chart.tooManyRuns());
    }

    @Test
    void too_many_runs_by_the_published_table_is_a_signal() {
        Analysis chart = RunChart.analyse(series(new double[]{1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1,
                9}), null);
        assertEquals(20, chart.runs());
        assertTrue(chart.tooManyRuns());
        assertFalse(chart.tooFewRuns());
        assertTrue(chart.anySignal());
    }

    @Test
    void points_on_the_median_are_not_useful_observations_and_do_not_end_a_run() {
        // median 6; the 6 at index 10 sits on it, so 16 points give 15 useful observations
        Analysis chart = RunChart.analyse(series(BASELINE, 6, 5, 7, 5, 7, 5), 10);
        assertEquals(15, chart.usefulObservations());
        assertEquals(14, chart.runs()); // the 5 after the 6 carries on the run of the 5 before it
        assertEquals(new RunsTable.Range(5, 12), chart.expectedRuns());
        assertTrue(chart.tooManyRuns());

        Analysis withinRange = RunChart.analyse(series(BASELINE, 8, 9, 8, 9, 8, 9), 10);
        assertEquals(11, withinRange.runs());
        assertFalse(withinRange.tooFewRuns());
        assertFalse(withinRange.tooManyRuns());
    }

    @Test
    void the_runs_rule_is_not_applied_outside_the_published_table() {
        Analysis chart = RunChart.analyse(series(new double[]{1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 5}), null);
        assertEquals(10, chart.usefulObservations());
        assertEquals(new RunsTable.Range(3, 9), chart.expectedRuns());
        Analysis eightUseful = RunChart.analyse(series(new double[]{1, 9, 1, 9, 1, 9, 1, 9, 5, 5, 5}), 11);
        assertEquals(8, eightUseful.usefulObservations());
        assertNull(eightUseful.expectedRuns());
        assertFalse(eightUseful.tooManyRuns());
    }

    @Test
    void an_astronomical_point_is_the_one_the_team_flags() {
        List<Point> points = new ArrayList<>(series(BASELINE, 5, 7));
        points.set(11, new Point(points.get(11).date(), new BigDecimal("40"), true));
        Analysis chart = RunChart.analyse(points, 10);
        assertEquals(pointsWith(Rule.ASTRONOMICAL, 11), marked(chart, Rule.ASTRONOMICAL));

        Analysis tooShort = RunChart.analyse(points.subList(0, 12), 5);
        assertEquals(List.of(), marked(tooShort, Rule.ASTRONOMICAL));
    }

    @Test
    void an_empty_chart_has_no_median_and_no_signal() {
        Analysis chart = RunChart.analyse(List.of(), null);
        assertNull(chart.median());
        assertEquals(0, chart.runs());
        assertFalse(chart.anySignal());
    }

    private static List<Point> series(double[] first, double... then) {
        double[] all = new double[first.length + then.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(then, 0, all, first.length, then.length);
        LocalDate start = LocalDate.of(2026, 1, 5);
        return IntStream.range(0, all.length)
                .mapToObj(i -> new Point(start.plusWeeks(i), BigDecimal.valueOf(all[i]), false)).toList();
    }

    private static List<Integer> marked(Analysis chart, Rule rule) {
        return IntStream.range(0, chart.rules().size()).filter(i -> chart.rules().get(i).contains(rule)).boxed()
                .toList();
    }

    private static List<Integer> pointsWith(Rule rule, int... indices) {
        return IntStream.of(indices).boxed().toList();
    }
}
