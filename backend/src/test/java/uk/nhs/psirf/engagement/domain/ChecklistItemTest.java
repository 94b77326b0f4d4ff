package uk.nhs.psirf.engagement.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecklistItemTest {
    @Test
    void patients_families_and_carers_follow_appendix_4_and_staff_follow_appendix_5() {
        assertEquals(Audience.SERVICE_USERS, AffectedKind.PATIENT.audience());
        assertEquals(Audience.SERVICE_USERS, AffectedKind.FAMILY.audience());
        assertEquals(Audience.SERVICE_USERS, AffectedKind.CARER.audience());
        assertEquals(Audience.STAFF, AffectedKind.STAFF.audience());
        assertEquals("Introduce self and share contact details. Set up a suitable time for initial contact meeting",
                ChecklistItem.of(Audience.SERVICE_USERS, ContactStage.INITIAL).get(3).text());
        assertEquals("Offer another meaningful apology",
                ChecklistItem.of(Audience.SERVICE_USERS, ContactStage.CLOSING).get(10).text());
        assertTrue(ChecklistItem.of(Audience.STAFF, ContactStage.CLOSING).stream()
                .anyMatch(i -> i.text().equals("Link with line manager regarding any support identified")));
        assertEquals(ChecklistItem.SU_INITIAL_INTRODUCE_SELF,
                ChecklistItem.fromCode("su-initial-introduce-self").orElseThrow());
    }
}
