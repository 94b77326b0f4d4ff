package uk.nhs.psirf.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.query.PageRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit trail, newest first; the read itself is audited as a {@code list}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditQueryService {
    private final EntityManager entityManager;
    private final AuditService audit;

    public AuditQueryService(EntityManager entityManager, AuditService audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    public AuditPage list(AuditFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        filter.actor().ifPresent(v -> add(conditions, parameters, "e.actor = :actor", "actor", v));
        filter.entityType().ifPresent(v -> add(conditions, parameters, "e.entityType = :entityType", "entityType", v));
        filter.entityId().ifPresent(v -> add(conditions, parameters, "e.entityId = :entityId", "entityId", v));
        filter.action().ifPresent(v -> add(conditions, parameters, "e.action = :action", "action", v.code()));
        filter.from().ifPresent(v -> add(conditions, parameters, "e.at >= :from", "from", v));
        filter.to().ifPresent(v -> add(conditions, parameters, "e.at < :to", "to", v));
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

        TypedQuery<AuditEntry> query = entityManager.createQuery(
                "select e from AuditEntry e" + where + " order by e.at desc, e.id desc", AuditEntry.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditEntryView> items = query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(AuditEntryView::of).toList();
        long total = count.getSingleResult();
        audit.record(AuditAction.LIST, "audit-entry", null, "page " + page.page() + ", " + items.size() + " entries");
        return new AuditPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String condition, String name,
                            Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }
}
