package uk.nhs.psirf.triage.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.triage.domain.Refusals.assertInvalid;

/** "A document is given as text or as one file of at most 5 MB, of a type a reviewer can open safely." */
class DocumentContentPolicyTest {

    @Test
    void aDocumentIsGivenAsTextOrAsOneFileOfAtMost5MbOfASafeType() {
        assertTrue(DocumentContentPolicy.givenOnce(true, false).isAllowed());
        assertTrue(DocumentContentPolicy.givenOnce(false, true).isAllowed());
        assertInvalid(DocumentContentPolicy.givenOnce(true, true), "text", FieldErrorCode.TEXT_OR_FILE,
                "Give the document as text or as a file, not both");
        assertInvalid(DocumentContentPolicy.givenOnce(false, false), "text", FieldErrorCode.TEXT_OR_FILE,
                "Enter the text of the document or choose a file");

        assertTrue(DocumentContentPolicy.allowedSize(5L * 1024 * 1024).isAllowed());
        assertInvalid(DocumentContentPolicy.allowedSize(5L * 1024 * 1024 + 1), "file.contentBase64",
                FieldErrorCode.TOO_LARGE, "The file must be 5 MB or smaller");
        assertInvalid(DocumentContentPolicy.allowedSize(0), "file.contentBase64",
                FieldErrorCode.REQUIRED, "The file is empty");

        assertTrue(DocumentContentPolicy.allowedFileType("application/pdf").isAllowed());
        assertTrue(DocumentContentPolicy.allowedFileType("image/jpeg").isAllowed());
        for (String unsafe : new String[] {"text/html", "image/svg+xml", null}) {
            assertInvalid(DocumentContentPolicy.allowedFileType(unsafe), "file.contentType",
                    FieldErrorCode.UNKNOWN_CODE, "The file must be a PDF, Word document, plain text, PNG or JPEG");
        }
    }
}
