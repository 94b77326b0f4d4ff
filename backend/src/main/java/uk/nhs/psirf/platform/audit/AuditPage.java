package uk.nhs.psirf.platform.audit;

import java.util.List;

public record AuditPage(List<AuditEntryView> items, int page, int size, long totalItems, int totalPages) {
}
