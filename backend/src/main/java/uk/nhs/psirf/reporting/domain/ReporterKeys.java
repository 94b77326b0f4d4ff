package uk.nhs.psirf.reporting.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256(anonymity key, sub): lets a reporter find their own anonymous reports while the report
 * itself keeps no sub or name. Without the key the value cannot be traced back to a person.
 */
public final class ReporterKeys {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;
    /** Initialised once and never used itself: copying it skips the provider lookup and key set-up per call. */
    private final Mac prototype;

    public ReporterKeys(String anonymityKey) {
        if (anonymityKey == null || anonymityKey.isBlank()) {
            throw new IllegalArgumentException("The anonymity key must be set");
        }
        this.key = new SecretKeySpec(anonymityKey.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.prototype = newMac();
    }

    public String keyFor(String sub) {
        return HexFormat.of().formatHex(mac().doFinal(sub.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return newMac();
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
