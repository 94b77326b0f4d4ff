package uk.nhs.psirf.candour.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.candour.api.BankHolidayCoverageView;
import uk.nhs.psirf.candour.api.BankHolidayList;
import uk.nhs.psirf.candour.api.BankHolidayUpload;
import uk.nhs.psirf.candour.api.BankHolidayUploadResult;
import uk.nhs.psirf.candour.api.BankHolidayView;
import uk.nhs.psirf.candour.domain.BankHoliday;
import uk.nhs.psirf.candour.domain.BankHolidayCoverage;
import uk.nhs.psirf.candour.domain.BankHolidayFile;
import uk.nhs.psirf.candour.persistence.BankHolidayRepository;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The England and Wales bank holidays the candour deadlines skip, kept as data a specialist updates. */
@ApplicationScoped
public class BankHolidayService {
    public static final String ENTITY_TYPE = "bank-holidays";

    private final BankHolidayRepository holidays;
    private final AuditService audit;
    private final Clock clock;

    public BankHolidayService(BankHolidayRepository holidays, AuditService audit, Clock clock) {
        this.holidays = holidays;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public BankHolidayList list() {
        List<BankHoliday> all = holidays.all();
        return new BankHolidayList(views(all), coverageView(all));
    }

    /** How far the bank holidays held reach (the readiness check reports it; nothing is audited, no one is named). */
    @Transactional
    public BankHolidayCoverageView coverage() {
        return coverageView(holidays.all());
    }

    @Transactional
    public BankHolidayUploadResult upload(BankHolidayUpload upload) {
        List<BankHoliday> parsed = BankHolidayFile.parse(upload.content());
        List<Integer> years = parsed.stream().map(h -> h.date().getYear()).distinct().sorted().toList();
        holidays.replaceYears(years, parsed);
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, "england-and-wales", "uploaded " + upload.fileName().strip()
                + ": replaced years " + years + " with " + parsed.size() + " bank holidays");
        List<BankHoliday> all = holidays.all();
        return new BankHolidayUploadResult(years, parsed.size(), views(all), coverageView(all));
    }

    private BankHolidayCoverageView coverageView(List<BankHoliday> all) {
        LocalDate today = Times.todayInUk(clock);
        return BankHolidayCoverageView.of(
                BankHolidayCoverage.of(all.stream().map(BankHoliday::date).toList(), today), today);
    }

    private static List<BankHolidayView> views(List<BankHoliday> all) {
        return all.stream().map(h -> new BankHolidayView(h.date(), h.title())).toList();
    }
}
