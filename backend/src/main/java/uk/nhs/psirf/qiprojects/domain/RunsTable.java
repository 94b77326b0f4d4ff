package uk.nhs.psirf.qiprojects.domain;

import java.util.Optional;

/**
 * How many runs a run chart of random variation has, by the number of useful observations (the points not on the
 * median): fewer than the lower limit or more than the upper one is a non-random signal, "too few runs" or "too many
 * runs". Source: Perla RJ, Provost LP, Murray SK. The run chart: a simple analytical tool for learning from variation
 * in healthcare processes. BMJ Qual Saf 2011;20:46-51, Table 1 (from Swed and Eisenhart's tables at about 5% risk
 * of a false signal), as taught in the IHI's run chart guidance. The table covers 10 to 60 useful observations; outside
 * it the rule is not applied.
 */
public final class RunsTable {
    public static final int FEWEST_OBSERVATIONS = 10;
    public static final int MOST_OBSERVATIONS = 60;

    /** Lower and upper limit of the number of runs, indexed by useful observations minus 10. */
    private static final int[][] LIMITS = {
            {3, 9}, {3, 10}, {3, 11}, {4, 11}, {4, 12}, {5, 12}, {5, 13}, {5, 13}, {6, 14}, {6, 15}, // 10-19
            {6, 16}, {7, 16}, {7, 17}, {7, 17}, {8, 18}, {8, 18}, {9, 19}, {10, 19}, {10, 20}, {10, 20}, // 20-29
            {11, 21}, {11, 22}, {11, 22}, {11, 23}, {12, 23}, {13, 24}, {13, 24}, {13, 25}, {14, 26}, {14, 26}, // 30-39
            {15, 27}, {15, 27}, {16, 28}, {16, 28}, {17, 29}, {17, 30}, {17, 30}, {18, 31}, {18, 31}, {19, 32}, // 40-49
            {19, 32}, {20, 33}, {20, 33}, {21, 34}, {21, 35}, {22, 35}, {22, 36}, {23, 36}, {23, 37}, {24, 38}, // 50-59
            {24, 38} // 60
    };

    /** The fewest and the most runs expected of random variation, both inclusive. */
    public record Range(int lower, int upper) {
    }

    private RunsTable() {
    }

    /** The expected range for this many useful observations; empty outside the table (fewer than 10, more than 60). */
    public static Optional<Range> expected(int usefulObservations) {
        if (usefulObservations < FEWEST_OBSERVATIONS || usefulObservations > MOST_OBSERVATIONS) {
            return Optional.empty();
        }
        int[] limits = LIMITS[usefulObservations - FEWEST_OBSERVATIONS];
        return Optional.of(new Range(limits[0], limits[1]));
    }
}
