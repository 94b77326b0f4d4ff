package uk.nhs.psirf.candour.domain;

import java.time.LocalDate;

/**
 * A notifiable event has steps due until each is done or its reason for not being done is recorded; the written
 * notification is overdue the day after its due date. The verbal notification has no fixed deadline ("as soon as
 * reasonably practicable"), so it is due, never overdue.
 */
public final class CandourStatusPolicy {
    private CandourStatusPolicy() {
    }

    public static CandourStatus status(CandourRecord record, LocalDate writtenDueOn, LocalDate today) {
        if (record == null || record.notifiable() == null) {
            return CandourStatus.NOT_DECIDED;
        }
        if (!record.notifiable()) {
            return CandourStatus.NOT_NOTIFIABLE;
        }
        if (isWrittenOverdue(record, writtenDueOn, today)) {
            return CandourStatus.OVERDUE;
        }
        boolean allSettled = record.verbalSettled() && record.writtenSettled() && record.findingsSettled();
        return allSettled ? CandourStatus.COMPLETE : CandourStatus.DUE;
    }

    public static boolean isWrittenOverdue(CandourRecord record, LocalDate writtenDueOn, LocalDate today) {
        return writtenDueOn != null && !record.writtenSettled() && today.isAfter(writtenDueOn);
    }
}
