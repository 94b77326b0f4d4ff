package uk.nhs.psirf.candour.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.candour.api.BankHolidayList;
import uk.nhs.psirf.candour.api.BankHolidayUpload;
import uk.nhs.psirf.candour.api.BankHolidayUploadResult;
import uk.nhs.psirf.candour.api.BankHolidayView;
import uk.nhs.psirf.candour.domain.BankHoliday;
import uk.nhs.psirf.candour.domain.BankHolidayFile;
import uk.nhs.psirf.candour.persistence.BankHolidayRepository;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;

import java.util.List;

/** The England and Wales bank holidays the candour deadlines skip, kept as data a specialist updates. */
@ApplicationScoped
public class BankHolidayService {
    public static final String ENTITY_TYPE = "bank-holidays";

    private final BankHolidayRepository holidays;
    private final AuditService audit;

    public BankHolidayService(BankHolidayRepository holidays, AuditService audit) {
        this.holidays = holidays;
        this.audit = audit;
    }

    @Transactional
    public BankHolidayList list() {
        return new BankHolidayList(views());
    }

    @Transactional
    public BankHolidayUploadResult upload(BankHolidayUpload upload) {
        List<BankHoliday> parsed = BankHolidayFile.parse(upload.content());
        List<Integer> years = parsed.stream().map(h -> h.date().getYear()).distinct().sorted().toList();
        holidays.replaceYears(years, parsed);
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, "england-and-wales", "uploaded " + upload.fileName().strip()
                + ": replaced years " + years + " with " + parsed.size() + " bank holidays");
        return new BankHolidayUploadResult(years, parsed.size(), views());
    }

    private List<BankHolidayView> views() {
        return holidays.all().stream().map(h -> new BankHolidayView(h.date(), h.title())).toList();
    }
}
