package uk.nhs.psirf.investigation.domain;

import java.util.Comparator;
import java.util.List;

/** The chronology reads in time order whatever order entries were added in; entries at the same time keep theirs. */
public final class ChronologyOrder {
    private ChronologyOrder() {
    }

    public static List<ChronologyEntry> sorted(List<ChronologyEntry> entries) {
        return entries.stream().sorted(Comparator.comparing(ChronologyEntry::occurredAt)).toList();
    }
}
