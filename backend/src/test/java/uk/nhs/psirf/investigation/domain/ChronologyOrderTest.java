package uk.nhs.psirf.investigation.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChronologyOrderTest {

    @Test
    void the_chronology_reads_in_time_order_whatever_order_entries_were_added_in() {
        ChronologyEntry night = entry("2026-11-03T22:00:00Z", "Chart not completed");
        ChronologyEntry admission = entry("2026-11-02T08:00:00Z", "Admitted");
        ChronologyEntry sameTimeLater = entry("2026-11-03T22:00:00Z", "Bell not answered");
        assertEquals(List.of("Admitted", "Chart not completed", "Bell not answered"),
                ChronologyOrder.sorted(List.of(night, admission, sameTimeLater)).stream()
                        .map(ChronologyEntry::what).toList());
    }

    private static ChronologyEntry entry(String at, String what) {
        return new ChronologyEntry(UUID.randomUUID(), Instant.parse(at), what, "Notes");
    }
}
