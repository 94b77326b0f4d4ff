package uk.nhs.psirf.reference;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Interceptor;

/**
 * Reference data is written only by migrations, so a location or category is never transient. Saying so
 * spares Hibernate a select per reference when an event pointing at a shared, detached instance from
 * {@link ReferenceData} is inserted (it cannot otherwise tell a detached entity with an assigned id from a new one).
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ReferenceEntities implements Interceptor {
    @Override
    public Boolean isTransient(Object entity) {
        return entity instanceof Location || entity instanceof EventCategory || entity instanceof CareService
                || entity instanceof Directorate ? Boolean.FALSE : null;
    }
}
