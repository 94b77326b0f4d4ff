package uk.nhs.psirf.reporting.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "The key kept with a report is HMAC-SHA256(anonymity key, sub), however many requests compute it at once." */
class ReporterKeysHmacTest {

    @Test
    void theKeyIsTheHmacOfTheSubject() throws Exception {
        assertEquals(hmac("secret", "sub-1"), new ReporterKeys("secret").keyFor("sub-1"));
    }

    @Test
    void concurrentCallsDoNotShareState() throws Exception {
        ReporterKeys keys = new ReporterKeys("secret");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = IntStream.range(0, 2_000)
                    .mapToObj(i -> pool.submit(() -> keys.keyFor("sub-" + (i % 10)))).toList();
            for (int i = 0; i < results.size(); i++) {
                assertEquals(hmac("secret", "sub-" + (i % 10)), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String hmac(String key, String sub) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(sub.getBytes(StandardCharsets.UTF_8)));
    }
}
