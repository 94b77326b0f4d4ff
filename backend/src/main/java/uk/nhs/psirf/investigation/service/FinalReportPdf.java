package uk.nhs.psirf.investigation.service;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import uk.nhs.psirf.investigation.domain.ChronologyEntry;
import uk.nhs.psirf.investigation.domain.ContributoryFactor;
import uk.nhs.psirf.investigation.domain.Investigation;
import uk.nhs.psirf.investigation.domain.SeipsCategory;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.responses.domain.LearningResponse;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The final report as a PDF in a plain layout a family could read: headings, short paragraphs and lists, no tables.
 * It carries no patient details (no NHS number, name or date of birth) - only what the response found.
 */
public final class FinalReportPdf {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 12);

    private FinalReportPdf() {
    }

    public static byte[] render(LearningResponse response, Investigation investigation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            document.addTitle("Learning response report " + response.reference());
            document.open();
            document.add(new Paragraph("Learning response report", TITLE));
            document.add(paragraph("Reference: " + response.reference()));
            document.add(paragraph("Type of response: " + response.type().display()));
            section(document, "Summary", investigation.reportSummary());
            section(document, "What the response looked into (terms of reference)", investigation.termsOfReference());
            heading(document, "What happened, in time order");
            List<ChronologyEntry> chronology = investigation.chronology();
            if (chronology.isEmpty()) {
                document.add(paragraph("None recorded."));
            }
            for (ChronologyEntry entry : chronology) {
                document.add(bold(entry.occurredAt().atZone(ClockProducer.UK).format(DATE_TIME)));
                document.add(paragraph(entry.what() + " (Source: " + entry.source() + ")"));
            }
            heading(document, "Why it happened (contributory factors)");
            if (investigation.factors().isEmpty()) {
                document.add(paragraph("None recorded."));
            }
            for (SeipsCategory category : SeipsCategory.values()) {
                List<ContributoryFactor> inCategory = investigation.factors().stream()
                        .filter(f -> f.category() == category).toList();
                if (!inCategory.isEmpty()) {
                    document.add(bold(category.display()));
                    for (ContributoryFactor factor : inCategory) {
                        document.add(paragraph("- " + factor.description()));
                    }
                }
            }
            list(document, "What we found (findings)", investigation.findings());
            list(document, "What we will improve (areas for improvement)", investigation.areasForImprovement());
            if (investigation.overseerPersonId().isPresent()) {
                heading(document, "Sign-off");
                document.add(paragraph("Signed off by " + investigation.overseerName() + " on "
                        + investigation.signedOffOn().format(DATE) + "."));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The final report of " + response.reference() + " could not be built", e);
        }
        return out.toByteArray();
    }

    private static void section(Document document, String title, String text) {
        heading(document, title);
        document.add(paragraph(text == null || text.isBlank() ? "Not written yet." : text));
    }

    private static void list(Document document, String title, List<String> items) {
        heading(document, title);
        if (items.isEmpty()) {
            document.add(paragraph("None recorded."));
        }
        for (int i = 0; i < items.size(); i++) {
            document.add(paragraph((i + 1) + ". " + items.get(i)));
        }
    }

    private static void heading(Document document, String title) {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static Paragraph bold(String text) {
        Paragraph p = new Paragraph(new Chunk(text, SUBHEADING));
        p.setSpacingBefore(6);
        return p;
    }

    private static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph(text, BODY);
        p.setLeading(17);
        p.setSpacingAfter(4);
        return p;
    }
}
