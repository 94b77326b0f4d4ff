package uk.nhs.psirf.coaches;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A feature holding coaching work, as coaching contracts and QI projects will be: the tests give a coach some work
 * and the register must gather it through the {@link CoachWork} port. Coaches given none have none.
 */
@ApplicationScoped
public class TestCoachWork implements CoachWork {
    private final Map<UUID, List<CoachWorkItem>> work = new ConcurrentHashMap<>();

    public void give(UUID coachId, List<CoachWorkItem> items) {
        work.put(coachId, items);
    }

    @Override
    public List<CoachWorkItem> of(UUID coachId) {
        return work.getOrDefault(coachId, List.of());
    }
}
