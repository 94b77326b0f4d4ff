package uk.nhs.psirf.triage.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A document is given as text or as one file of at most 5 MB, of a type a reviewer can open safely." */
class DocumentContentPolicyTest {

    @Test
    void aDocumentIsGivenAsTextOrAsOneFileOfAtMost5MbOfASafeType() {
        assertTrue(DocumentContentPolicy.givenOnce(true, false));
        assertTrue(DocumentContentPolicy.givenOnce(false, true));
        assertFalse(DocumentContentPolicy.givenOnce(true, true));
        assertFalse(DocumentContentPolicy.givenOnce(false, false));

        assertTrue(DocumentContentPolicy.withinSizeLimit(5L * 1024 * 1024));
        assertFalse(DocumentContentPolicy.withinSizeLimit(5L * 1024 * 1024 + 1));

        assertTrue(DocumentContentPolicy.allowedFileType("application/pdf"));
        assertTrue(DocumentContentPolicy.allowedFileType("image/jpeg"));
        assertFalse(DocumentContentPolicy.allowedFileType("text/html"));
        assertFalse(DocumentContentPolicy.allowedFileType("image/svg+xml"));
        assertFalse(DocumentContentPolicy.allowedFileType(null));
    }
}
