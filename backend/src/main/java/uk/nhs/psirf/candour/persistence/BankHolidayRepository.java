package uk.nhs.psirf.candour.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.candour.domain.BankHoliday;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class BankHolidayRepository {
    private final EntityManager entityManager;

    public BankHolidayRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<BankHoliday> all() {
        return entityManager.createQuery("select h from BankHoliday h order by h.date", BankHoliday.class)
                .getResultList();
    }

    public Set<LocalDate> dates() {
        return all().stream().map(BankHoliday::date).collect(Collectors.toSet());
    }

    /** Removes every holiday of these years, then adds the given ones: an upload replaces the years it holds. */
    public void replaceYears(Collection<Integer> years, List<BankHoliday> holidays) {
        for (int year : years) {
            entityManager.createQuery("delete from BankHoliday h where h.date between :from and :to")
                    .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                    .executeUpdate();
        }
        holidays.forEach(entityManager::persist);
        entityManager.flush();
    }
}
