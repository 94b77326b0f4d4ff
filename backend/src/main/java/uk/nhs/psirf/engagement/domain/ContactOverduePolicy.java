package uk.nhs.psirf.engagement.domain;

import java.time.LocalDate;

/**
 * Keeping to the agreed contact schedule (Appendix 4, "Keep to the agreed contact schedule, agree next date of
 * contact"): once the next agreed date has passed without a later contact, the person is overdue a contact.
 */
public final class ContactOverduePolicy {
    private ContactOverduePolicy() {
    }

    /** @param nextAgreedOn the next contact date agreed at the latest contact, or null when none was agreed */
    public static boolean isOverdue(LocalDate nextAgreedOn, LocalDate today) {
        return nextAgreedOn != null && today.isAfter(nextAgreedOn);
    }
}
