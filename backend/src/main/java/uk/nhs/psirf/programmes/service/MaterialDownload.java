package uk.nhs.psirf.programmes.service;

/** A material's file as downloaded: its bytes, content type and a file name safe for a header. */
public record MaterialDownload(byte[] bytes, String contentType, String fileName) {

    /** Letters, digits, spaces, dots, dashes and underscores only, no leading dot, at most 100 characters. */
    static String safeFileName(String name) {
        String safe = (name == null ? "" : name).replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("_+", "_");
        if (safe.length() > 100) {
            safe = safe.substring(safe.length() - 100); // the end keeps the extension
        }
        safe = safe.replaceAll("^[. _-]+", "").trim();
        return safe.isEmpty() ? "material" : safe;
    }
}
