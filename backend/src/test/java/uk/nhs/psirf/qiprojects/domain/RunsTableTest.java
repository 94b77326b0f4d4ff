package uk.nhs.psirf.qiprojects.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Perla, Provost and Murray 2011, Table 1: the fewest and most runs expected by number of useful observations. */
class RunsTableTest {
    @Test
    void the_published_table_gives_the_expected_runs_from_ten_to_sixty_useful_observations() {
        assertEquals(Optional.of(new RunsTable.Range(3, 9)), RunsTable.expected(10));
        assertEquals(Optional.of(new RunsTable.Range(5, 12)), RunsTable.expected(15));
        assertEquals(Optional.of(new RunsTable.Range(6, 16)), RunsTable.expected(20));
        assertEquals(Optional.of(new RunsTable.Range(8, 18)), RunsTable.expected(24));
        assertEquals(Optional.of(new RunsTable.Range(11, 21)), RunsTable.expected(30));
        assertEquals(Optional.of(new RunsTable.Range(15, 27)), RunsTable.expected(40));
        assertEquals(Optional.of(new RunsTable.Range(19, 32)), RunsTable.expected(50));
        assertEquals(Optional.of(new RunsTable.Range(24, 38)), RunsTable.expected(60));
    }

    @Test
    void outside_the_published_table_there_is_no_expected_range() {
        assertEquals(Optional.empty(), RunsTable.expected(9));
        assertEquals(Optional.empty(), RunsTable.expected(61));
    }

    @Test
    void the_limits_never_fall_as_the_observations_grow() {
        RunsTable.Range previous = RunsTable.expected(10).orElseThrow();
        for (int n = 11; n <= 60; n++) {
            RunsTable.Range range = RunsTable.expected(n).orElseThrow();
            assertEquals(true, range.lower() >= previous.lower() && range.upper() >= previous.upper(), "n=" + n);
            assertEquals(true, range.lower() < range.upper(), "n=" + n);
            previous = range;
        }
    }
}
