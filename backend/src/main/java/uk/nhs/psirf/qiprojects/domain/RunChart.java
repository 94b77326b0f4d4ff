package uk.nhs.psirf.qiprojects.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The run chart of a measure and its signals of non-random variation, by the IHI run chart rules (Perla, Provost and
 * Murray 2011; issue 12 item 5):
 * <ul>
 *   <li>the centre line is the median of the baseline (the first {@code baselineSize} points, or every point while no
 *   baseline is set), extended across the later points;</li>
 *   <li>no signal is shown until the baseline has at least {@value #MINIMUM_BASELINE} points;</li>
 *   <li>shift: {@value #SHIFT_LENGTH} or more consecutive points on one side of the median; points on the median
 *   neither count towards a shift nor break it;</li>
 *   <li>trend: {@value #TREND_LENGTH} or more consecutive points all going up or all going down; equal neighbours are
 *   counted once (a tie neither adds to a trend nor breaks it);</li>
 *   <li>too few or too many runs (a run: consecutive points on one side of the median, points on it skipped), from
 *   {@link RunsTable} by the number of useful observations;</li>
 *   <li>an astronomical point: one the team flags as obviously different from the rest.</li>
 * </ul>
 * Pure: the points come in date order, the analysis goes back with the rules each point is part of.
 */
public final class RunChart {
    public static final int MINIMUM_BASELINE = 10;
    public static final int SHIFT_LENGTH = 6;
    public static final int TREND_LENGTH = 5;

    /** One point of the chart: a value on a date, flagged astronomical (or not) by the team. */
    public record Point(LocalDate date, BigDecimal value, boolean astronomical) {
    }

    /** The rules of which a point can be part. */
    public enum Rule {
        SHIFT("shift"), TREND("trend"), ASTRONOMICAL("astronomical");

        private final String code;

        Rule(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * The chart's analysis. {@code median} is null when there are no points; {@code expectedRuns} is null outside the
     * runs table; {@code rules} has one set per point, in the points' order, empty while signals are not shown.
     */
    public record Analysis(BigDecimal median, int baselinePoints, boolean signalsShown, int usefulObservations,
                           int runs, RunsTable.Range expectedRuns, boolean tooFewRuns, boolean tooManyRuns,
                           List<Set<Rule>> rules) {
        public boolean anySignal() {
            return tooFewRuns || tooManyRuns || rules.stream().anyMatch(r -> !r.isEmpty());
        }
    }

    private RunChart() {
    }

    /**
     * @param points       in date order
     * @param baselineSize how many of the first points make the baseline; null (or more than there are) for all
     */
    public static Analysis analyse(List<Point> points, Integer baselineSize) {
        int n = points.size();
        List<Set<Rule>> rules = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rules.add(EnumSet.noneOf(Rule.class));
        }
        if (n == 0) {
            return new Analysis(null, 0, false, 0, 0, null, false, false, List.copyOf(rules));
        }
        int baseline = baselineSize == null ? n : Math.max(1, Math.min(baselineSize, n));
        BigDecimal median = median(points.subList(0, baseline));
        int[] sides = new int[n];
        for (int i = 0; i < n; i++) {
            sides[i] = points.get(i).value().compareTo(median);
        }
        int useful = 0;
        int runs = 0;
        int previousSide = 0;
        for (int side : sides) {
            if (side != 0) {
                useful++;
                if (side != previousSide) {
                    runs++;
                }
                previousSide = side;
            }
        }
        boolean shown = baseline >= MINIMUM_BASELINE;
        RunsTable.Range expected = RunsTable.expected(useful).orElse(null);
        if (!shown) {
            return new Analysis(median, baseline, false, useful, runs, expected, false, false,
                    rules.stream().map(Set::copyOf).toList());
        }
        markShifts(sides, rules);
        markTrends(points, rules);
        for (int i = 0; i < n; i++) {
            if (points.get(i).astronomical()) {
                rules.get(i).add(Rule.ASTRONOMICAL);
            }
        }
        boolean tooFew = expected != null && runs < expected.lower();
        boolean tooMany = expected != null && runs > expected.upper();
        return new Analysis(median, baseline, true, useful, runs, expected, tooFew, tooMany,
                rules.stream().map(Set::copyOf).toList());
    }

    /** The median of the values: the middle one, or halfway between the two middle ones. */
    static BigDecimal median(List<Point> points) {
        List<BigDecimal> sorted = points.stream().map(Point::value).sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return plain(sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 10,
                RoundingMode.HALF_EVEN));
    }

    /** The value without trailing zeros, never in exponent form (11, not 1.1E+1 or 11.0000). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Runs of points on one side, skipping the points on the median; a run of SHIFT_LENGTH or more is a shift. */
    private static void markShifts(int[] sides, List<Set<Rule>> rules) {
        List<Integer> run = new ArrayList<>();
        int runSide = 0;
        for (int i = 0; i <= sides.length; i++) {
            int side = i < sides.length ? sides[i] : -runSide;
            if (side == 0) {
                continue;
            }
            if (side != runSide) {
                if (run.size() >= SHIFT_LENGTH) {
                    run.forEach(index -> rules.get(index).add(Rule.SHIFT));
                }
                run.clear();
                runSide = side;
            }
            run.add(i);
        }
    }

    /**
     * Groups equal neighbours into one step (counted once), then finds the longest stretches of steps all going up or
     * all going down; a stretch of TREND_LENGTH or more steps marks every point in it.
     */
    private static void markTrends(List<Point> points, List<Set<Rule>> rules) {
        List<List<Integer>> steps = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (!steps.isEmpty() && points.get(i).value().compareTo(valueOf(points, steps.get(steps.size() - 1))) == 0) {
                steps.get(steps.size() - 1).add(i);
            } else {
                steps.add(new ArrayList<>(List.of(i)));
            }
        }
        int start = 0;
        while (start < steps.size() - 1) {
            int direction = Integer.signum(valueOf(points, steps.get(start + 1)).compareTo(valueOf(points, steps.get(start))));
            int end = start + 1;
            while (end + 1 < steps.size() && Integer.signum(valueOf(points, steps.get(end + 1))
                    .compareTo(valueOf(points, steps.get(end)))) == direction) {
                end++;
            }
            if (end - start + 1 >= TREND_LENGTH) {
                for (int s = start; s <= end; s++) {
                    steps.get(s).forEach(index -> rules.get(index).add(Rule.TREND));
                }
            }
            start = end;
        }
    }

    private static BigDecimal valueOf(List<Point> points, List<Integer> step) {
        return points.get(step.get(0)).value();
    }
}
