package uk.nhs.psirf.reporting.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;

import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "The assigned lead sees identifiable data of their own responses only; other leads do not" (issue 4, item 7). */
class LeadEventAccessTest {
    private static final PatientSafetyEvent EVENT = TestEvents.reportedBy("reporter-key", false);

    @Test
    void the_assigned_lead_of_a_response_on_the_event_reads_it_with_identifiable_data() {
        Viewer lead = new Viewer(Set.of(Roles.LEARNING_RESPONSE_LEAD), "lead-key", Set.of(EVENT.id()));
        assertTrue(EventAccessPolicy.mayRead(lead, EVENT).isAllowed());
        assertTrue(IdentifiableDataPolicy.maySeeIdentifiableData(lead, EVENT));
    }

    @Test
    void another_lead_does_not_read_the_event() {
        Viewer other = new Viewer(Set.of(Roles.LEARNING_RESPONSE_LEAD), "other-key", Set.of(UUID.randomUUID()));
        EventAccessPolicyTest.assertNotYours(EventAccessPolicy.mayRead(other, EVENT));
        assertFalse(IdentifiableDataPolicy.maySeeIdentifiableData(other, EVENT));
    }
}
