package uk.nhs.psirf.reference;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.config.PsirfConfig;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Reference data is read once per max-age, not once per request; a change shows within max-age." */
class ReferenceDataCacheTest {

    @Test
    void aSnapshotIsReusedUntilItIsOlderThanTheMaxAge() {
        CountingLoader loader = new CountingLoader();
        ReferenceData data = new ReferenceData(loader, config(Duration.ofHours(1)));
        for (int i = 0; i < 100; i++) {
            assertTrue(data.activeLocation("LOC-NONE").isEmpty());
            assertTrue(data.category("none").isEmpty());
        }
        assertEquals(1, loader.loads.get());
    }

    @Test
    void anExpiredSnapshotIsReadAgain() {
        CountingLoader loader = new CountingLoader();
        ReferenceData data = new ReferenceData(loader, config(Duration.ZERO));
        data.activeLocations();
        data.taxonomy();
        data.activeCategory("none");
        assertEquals(3, loader.loads.get());
    }

    private static final class CountingLoader extends ReferenceSnapshotLoader {
        final AtomicInteger loads = new AtomicInteger();

        CountingLoader() {
            super(null);
        }

        @Override
        ReferenceSnapshot load() {
            loads.incrementAndGet();
            // Make sure the clock moves on, so that a zero max-age always expires.
            long loadedAt = System.nanoTime() - 1;
            return new ReferenceSnapshot(Map.of(), List.of(), Map.of(), List.of(), loadedAt);
        }
    }

    private static PsirfConfig config(Duration maxAge) {
        return new PsirfConfig() {
            @Override
            public String anonymityKey() {
                return "test";
            }

            @Override
            public ReferenceDataCache referenceData() {
                return () -> maxAge;
            }

            @Override
            public Spa spa() {
                return new Spa() {
                    @Override
                    public Optional<String> dir() {
                        return Optional.empty();
                    }

                    @Override
                    public String authority() {
                        return "http://localhost";
                    }

                    @Override
                    public String clientId() {
                        return "test";
                    }
                };
            }
        };
    }
}
