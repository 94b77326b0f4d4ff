package uk.nhs.psirf.triage.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "A download's file name cannot break out of the Content-Disposition header or the reader's folder." */
class SafeFileNameTest {

    @Test
    void aDownloadsFileNameCannotBreakOutOfTheHeaderOrTheFolder() {
        assertEquals("account.pdf", SafeFileName.of("account.pdf", "document"));
        assertEquals("Nurse account 20 Nov.docx", SafeFileName.of("Nurse account 20 Nov.docx", "document"));
        assertEquals("a_b_.pdf", SafeFileName.of("a\"b\r\n.pdf", "document"));
        assertEquals("etc_passwd", SafeFileName.of("../../etc/passwd", "document"));
        assertEquals("Chronologie e.txt", SafeFileName.of("Chronologie é.txt", "document"));
        assertEquals("document", SafeFileName.of("\"\"\"", "document"));
        assertEquals(100, SafeFileName.of("x".repeat(300) + ".pdf", "document").length());
    }
}
