package uk.nhs.psirf.programmes.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12 item 7 and the task: "materials (attachments: a file up to 5 MB ... or a link)". */
class MaterialPolicyTest {

    @Test
    void a_material_is_a_link_or_a_file_never_both_and_never_neither() {
        assertEquals(MaterialPolicy.NOT_BOTH, MaterialPolicy.linkOrFile(true, true).reason());
        assertEquals(MaterialPolicy.NEITHER, MaterialPolicy.linkOrFile(false, false).reason());
        assertEquals("text-or-file", MaterialPolicy.linkOrFile(false, false).fieldCode().value());
        assertTrue(MaterialPolicy.linkOrFile(true, false).isAllowed());
        assertTrue(MaterialPolicy.linkOrFile(false, true).isAllowed());
    }

    @Test
    void a_file_larger_than_5_mb_is_refused() {
        assertEquals("too-large", MaterialPolicy.allowedSize(5L * 1024 * 1024 + 1).fieldCode().value());
        assertEquals("file.contentBase64", MaterialPolicy.allowedSize(5L * 1024 * 1024 + 1).field());
        assertEquals("required", MaterialPolicy.allowedSize(0).fieldCode().value());
        assertTrue(MaterialPolicy.allowedSize(5L * 1024 * 1024).isAllowed());
    }

    @Test
    void a_file_a_browser_would_run_is_refused() {
        assertEquals("unknown-code", MaterialPolicy.allowedFileType("text/html").fieldCode().value());
        assertEquals("unknown-code", MaterialPolicy.allowedFileType("image/svg+xml").fieldCode().value());
        assertTrue(MaterialPolicy.allowedFileType("application/pdf").isAllowed());
        assertTrue(MaterialPolicy.allowedFileType(
                "application/vnd.openxmlformats-officedocument.presentationml.presentation").isAllowed());
    }

    @Test
    void a_link_is_a_web_address_and_never_a_script() {
        assertEquals("invalid-format", MaterialPolicy.webAddress("javascript:alert(1)").fieldCode().value());
        assertEquals("invalid-format", MaterialPolicy.webAddress("www.example.org").fieldCode().value());
        assertTrue(MaterialPolicy.webAddress("https://www.england.nhs.uk/patient-safety/").isAllowed());
    }
}
