package uk.nhs.psirf.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Looks up the trust's categories and locations and gives the code lists a report is made of. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceData {
    private final EntityManager entityManager;

    public ReferenceData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Taxonomy taxonomy() {
        return new Taxonomy(
                Arrays.stream(EventType.values()).map(EventType::view).toList(),
                activeCategories().stream().map(EventCategory::view).toList(),
                Lfpse.PHYSICAL_HARM.codes(),
                Lfpse.PSYCHOLOGICAL_HARM.codes(),
                Lfpse.AGE_BRACKETS.codes(),
                Lfpse.GENDERS.codes(),
                Lfpse.ETHNICITIES.codes(),
                Lfpse.STAFF_TYPES.codes());
    }

    public List<LocationView> activeLocations() {
        return entityManager.createQuery("""
                        select l from Location l join fetch l.service s join fetch s.directorate d
                        where l.active = true order by d.name, s.name, l.name""", Location.class)
                .getResultList().stream().map(Location::view).toList();
    }

    public Optional<Location> activeLocation(String code) {
        return entityManager.createQuery("select l from Location l where l.code = :code and l.active = true",
                        Location.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** Any category, active or not: old reports keep the category they were filed under. */
    public Optional<EventCategory> category(String code) {
        return entityManager.createQuery("select c from EventCategory c where c.code = :code", EventCategory.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Optional<EventCategory> activeCategory(String code) {
        return category(code).filter(EventCategory::active);
    }

    private List<EventCategory> activeCategories() {
        return entityManager.createQuery("select c from EventCategory c where c.active = true order by c.sortOrder",
                EventCategory.class).getResultList();
    }
}
