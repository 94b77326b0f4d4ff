package uk.nhs.psirf.candour.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bank holidays are data that runs out: a due date past the last year held counts the bank holidays that
 * are not known as working days, so it may come too early. A year is known when it holds at least one bank
 * holiday (an upload replaces whole years); what is known runs from the current year to the year before the first
 * one without any, so a far-off year uploaded on its own does not hide a gap. When that ends within 12 months,
 * or a due date falls after it, the system says so (code {@value #RUNS_OUT}, {@value #DUE_BEYOND}).
 *
 * @param knownUntil  the last day whose bank holidays are known
 * @param runsOutSoon {@code knownUntil} is within 12 months of today (or already past)
 */
public record BankHolidayCoverage(LocalDate knownUntil, boolean runsOutSoon) {
    public static final String RUNS_OUT = "bank-holidays-run-out";
    public static final String DUE_BEYOND = "due-beyond-bank-holidays";
    public static final Period WARN_WITHIN = Period.ofMonths(12);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public static BankHolidayCoverage of(Collection<LocalDate> bankHolidays, LocalDate today) {
        Set<Integer> years = bankHolidays.stream().map(LocalDate::getYear).collect(Collectors.toSet());
        int year = today.getYear();
        while (years.contains(year)) {
            year++;
        }
        LocalDate knownUntil = LocalDate.of(year - 1, 12, 31);
        return new BankHolidayCoverage(knownUntil, knownUntil.isBefore(today.plus(WARN_WITHIN)));
    }

    /** A due date after the last known day may skip too few days: a bank holiday there is not known. */
    public boolean isBeyond(LocalDate dueOn) {
        return dueOn != null && dueOn.isAfter(knownUntil);
    }

    /** Why the coverage needs attention, or null when it does not. */
    public String warning(LocalDate today) {
        if (!runsOutSoon) {
            return null;
        }
        String ends = knownUntil.isBefore(today) ? "ended on " + format(knownUntil)
                : "end on " + format(knownUntil) + ", within 12 months";
        return "The bank holidays held " + ends + ": candour due dates after that count unknown bank holidays as "
                + "working days. Upload the latest bank holidays from gov.uk.";
    }

    /** Why a due date needs checking by hand, or null when it is within what is known. */
    public String dueDateWarning(LocalDate dueOn) {
        if (!isBeyond(dueOn)) {
            return null;
        }
        return "This due date falls after " + format(knownUntil) + ", the last day the bank holidays are known for, "
                + "so a bank holiday before it may not have been skipped. Upload the latest bank holidays from gov.uk.";
    }

    public static String format(LocalDate day) {
        return day.format(DAY);
    }
}
