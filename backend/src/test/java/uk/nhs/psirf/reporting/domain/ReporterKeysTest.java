package uk.nhs.psirf.reporting.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** "An anonymous reporter can still follow their report, and the key alone does not say who they are." */
class ReporterKeysTest {

    @Test
    void theSamePersonAlwaysGetsTheSameKey() {
        ReporterKeys keys = new ReporterKeys("secret");
        assertEquals(keys.keyFor("sub-1"), keys.keyFor("sub-1"));
        assertEquals(64, keys.keyFor("sub-1").length());
    }

    @Test
    void differentPeopleAndDifferentSecretsGiveDifferentKeys() {
        assertNotEquals(new ReporterKeys("secret").keyFor("sub-1"), new ReporterKeys("secret").keyFor("sub-2"));
        assertNotEquals(new ReporterKeys("secret").keyFor("sub-1"), new ReporterKeys("other").keyFor("sub-1"));
    }

    @Test
    void theKeyIsNotTheSubject() {
        assertNotEquals("sub-1", new ReporterKeys("secret").keyFor("sub-1"));
    }

    @Test
    void anEmptySecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReporterKeys(" "));
    }
}
