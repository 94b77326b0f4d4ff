package uk.nhs.psirf.triage.domain;

import java.text.Normalizer;

/**
 * A file name that is safe in a {@code Content-Disposition} header and on the reader's disk: letters, digits,
 * spaces, dots, dashes and underscores only, no leading dot, at most 100 characters.
 */
public final class SafeFileName {
    private static final int MAX_LENGTH = 100;

    private SafeFileName() {
    }

    public static String of(String name, String fallback) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        String safe = ascii.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("_+", "_");
        if (safe.length() > MAX_LENGTH) {
            safe = safe.substring(safe.length() - MAX_LENGTH); // the end keeps the extension
        }
        safe = safe.replaceAll("^[. _-]+", "").trim();
        return safe.isEmpty() || safe.replace("_", "").isEmpty() ? fallback : safe;
    }
}
