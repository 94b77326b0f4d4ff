package uk.nhs.psirf.candour.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The written notification follows the verbal one within 10 working days (policy §6, the trust's Being Open and
 * Duty of Candour policy). Working days skip Saturdays, Sundays and the England and Wales bank holidays.
 */
public final class WrittenNotificationDeadline {
    public static final int WORKING_DAYS = 10;

    private WrittenNotificationDeadline() {
    }

    public static LocalDate dueOn(LocalDate verbalNotifiedOn, Set<LocalDate> bankHolidays) {
        LocalDate day = verbalNotifiedOn;
        int counted = 0;
        while (counted < WORKING_DAYS) {
            day = day.plusDays(1);
            if (isWorkingDay(day, bankHolidays)) {
                counted++;
            }
        }
        return day;
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> bankHolidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }
}
