package uk.nhs.psirf.triage.domain;

import java.util.Set;

/**
 * A document to review is given either as text or as one file, never both and never neither. A file is at most
 * 5 MB and of a type a reviewer can open safely (PDF, Word, plain text, PNG, JPEG): nothing that a browser would
 * run, such as HTML or SVG.
 */
public final class DocumentContentPolicy {
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final Set<String> FILE_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain", "image/png",
            "image/jpeg");

    private DocumentContentPolicy() {
    }

    public static boolean givenOnce(boolean hasText, boolean hasFile) {
        return hasText != hasFile;
    }

    public static boolean allowedFileType(String contentType) {
        return contentType != null && FILE_TYPES.contains(contentType);
    }

    public static boolean withinSizeLimit(long bytes) {
        return bytes <= MAX_FILE_BYTES;
    }
}
