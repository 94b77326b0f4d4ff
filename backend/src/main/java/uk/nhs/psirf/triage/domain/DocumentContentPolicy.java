package uk.nhs.psirf.triage.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.rules.Verdict;

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
    static final String NOT_BOTH = "Give the document as text or as a file, not both";
    static final String NEITHER = "Enter the text of the document or choose a file";
    static final String FILE_TYPE = "The file must be a PDF, Word document, plain text, PNG or JPEG";
    static final String EMPTY = "The file is empty";
    static final String LARGER_THAN_5_MB = "The file must be 5 MB or smaller";

    private DocumentContentPolicy() {
    }

    public static Verdict givenOnce(boolean hasText, boolean hasFile) {
        return Verdict.allowedIf(hasText != hasFile,
                () -> Verdict.invalid("text", FieldErrorCode.TEXT_OR_FILE, hasText ? NOT_BOTH : NEITHER));
    }

    public static Verdict allowedFileType(String contentType) {
        return Verdict.allowedIf(contentType != null && FILE_TYPES.contains(contentType),
                () -> Verdict.invalid("file.contentType", FieldErrorCode.UNKNOWN_CODE, FILE_TYPE));
    }

    /** A file has content, and at most 5 MB of it. */
    public static Verdict allowedSize(long bytes) {
        if (bytes == 0) {
            return Verdict.invalid("file.contentBase64", FieldErrorCode.REQUIRED, EMPTY);
        }
        return Verdict.allowedIf(bytes <= MAX_FILE_BYTES,
                () -> Verdict.invalid("file.contentBase64", FieldErrorCode.TOO_LARGE, LARGER_THAN_5_MB));
    }
}
