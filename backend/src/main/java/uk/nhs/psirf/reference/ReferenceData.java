package uk.nhs.psirf.reference;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.platform.config.PsirfConfig;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Looks up the trust's categories and locations and gives the code lists a report is made of.
 * <p>
 * The reference data is small (tens of rows) and read on every report and triage request, so it is held
 * in memory as one snapshot, loaded in its own transaction and replaced once it is older than
 * {@code psirf.reference-data.max-age}: a change made in the database (by a migration, or on another
 * replica) is seen by every replica within that time. The entities handed out are detached, fully loaded
 * (location with its service and directorate) and immutable, so they are shared between requests;
 * {@link ReferenceEntities} tells Hibernate that they exist when an event refers to them.
 */
@ApplicationScoped
public class ReferenceData {
    private final ReferenceSnapshotLoader loader;
    private final long maxAgeNanos;
    private volatile ReferenceSnapshot snapshot;

    public ReferenceData(ReferenceSnapshotLoader loader, PsirfConfig config) {
        this.loader = loader;
        this.maxAgeNanos = config.referenceData().maxAge().toNanos();
    }

    public Taxonomy taxonomy() {
        return new Taxonomy(
                Arrays.stream(EventType.values()).map(EventType::view).toList(),
                current().activeCategories().stream().map(EventCategory::view).toList(),
                Lfpse.PHYSICAL_HARM.codes(),
                Lfpse.PSYCHOLOGICAL_HARM.codes(),
                Lfpse.AGE_BRACKETS.codes(),
                Lfpse.GENDERS.codes(),
                Lfpse.ETHNICITIES.codes(),
                Lfpse.STAFF_TYPES.codes());
    }

    public List<LocationView> activeLocations() {
        return current().activeLocations().stream().map(Location::view).toList();
    }

    /**
     * Every location of the trust, active or not: the places below the service level that must never reach a patient
     * safety partner (policy §3.7), for redaction.
     */
    public List<Location> allLocations() {
        return List.copyOf(current().locationsByCode().values());
    }

    /** The trust's directorates (those its locations belong to), by name. */
    public List<DirectorateView> directorates() {
        return current().locationsByCode().values().stream().map(l -> l.service().directorate().view()).distinct()
                .sorted(Comparator.comparing(DirectorateView::name)).toList();
    }

    public Optional<DirectorateView> directorate(Long id) {
        return directorates().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Location> activeLocation(String code) {
        return Optional.ofNullable(current().locationsByCode().get(code)).filter(Location::active);
    }

    /** Any location, active or not, by its id. */
    public Optional<Location> location(long id) {
        return current().locationsByCode().values().stream().filter(l -> l.id() == id).findFirst();
    }

    /** Any category, active or not: old reports keep the category they were filed under. */
    public Optional<EventCategory> category(String code) {
        return Optional.ofNullable(current().categoriesByCode().get(code));
    }

    public Optional<EventCategory> activeCategory(String code) {
        return category(code).filter(EventCategory::active);
    }

    private ReferenceSnapshot current() {
        ReferenceSnapshot current = snapshot;
        if (current != null && !current.olderThan(maxAgeNanos)) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            if (current == null || current.olderThan(maxAgeNanos)) {
                current = loader.load();
                snapshot = current;
            }
            return current;
        }
    }
}
