package uk.nhs.psirf.reference;

import java.util.List;
import java.util.Map;

/** The reference data as read at one moment: detached, fully loaded, never changed. */
record ReferenceSnapshot(Map<String, Location> locationsByCode, List<Location> activeLocations,
                         Map<String, EventCategory> categoriesByCode, List<EventCategory> activeCategories,
                         long loadedAtNanos) {
    boolean olderThan(long maxAgeNanos) {
        return System.nanoTime() - loadedAtNanos > maxAgeNanos;
    }
}
