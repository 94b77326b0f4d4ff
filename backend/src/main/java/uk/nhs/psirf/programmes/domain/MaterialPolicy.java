package uk.nhs.psirf.programmes.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.Set;

/**
 * A programme's material is a link or one file, never both and never neither. A file is at most 5 MB and of a type
 * an attendee can open safely (PDF, Word, PowerPoint, plain text, PNG, JPEG): nothing a browser would run, such as
 * HTML or SVG. A link is a web address (http or https), never a script.
 */
public final class MaterialPolicy {
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final Set<String> FILE_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "text/plain", "image/png",
            "image/jpeg");
    static final String NOT_BOTH = "Give the material as a link or as a file, not both";
    static final String NEITHER = "Enter a link or choose a file";
    static final String FILE_TYPE = "The file must be a PDF, Word, PowerPoint, plain text, PNG or JPEG file";
    static final String EMPTY = "The file is empty";
    static final String LARGER_THAN_5_MB = "The file must be 5 MB or smaller";
    static final String NOT_A_WEB_ADDRESS = "Enter a web address starting with https:// or http://";

    private MaterialPolicy() {
    }

    public static Verdict linkOrFile(boolean hasLink, boolean hasFile) {
        return Verdict.allowedIf(hasLink != hasFile,
                () -> Verdict.invalid("link", FieldErrorCode.TEXT_OR_FILE, hasLink ? NOT_BOTH : NEITHER));
    }

    public static Verdict webAddress(String link) {
        String lower = link == null ? "" : link.toLowerCase(java.util.Locale.ROOT);
        return Verdict.allowedIf((lower.startsWith("https://") || lower.startsWith("http://")) && lower.length() > 8
                        && !lower.contains(" "),
                () -> Verdict.invalid("link", FieldErrorCode.INVALID_FORMAT, NOT_A_WEB_ADDRESS));
    }

    public static Verdict allowedFileType(String contentType) {
        return Verdict.allowedIf(contentType != null && FILE_TYPES.contains(contentType),
                () -> Verdict.invalid("file.contentType", FieldErrorCode.UNKNOWN_CODE, FILE_TYPE));
    }

    public static Verdict allowedSize(long bytes) {
        if (bytes == 0) {
            return Verdict.invalid("file.contentBase64", FieldErrorCode.REQUIRED, EMPTY);
        }
        return Verdict.allowedIf(bytes <= MAX_FILE_BYTES,
                () -> Verdict.invalid("file.contentBase64", FieldErrorCode.TOO_LARGE, LARGER_THAN_5_MB));
    }
}
