package org.lantern.engine.plan;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Weekdays that are not England and Wales bank holidays. The holiday rules (substitute days, one-off royal
 * holidays) come from Jollyday's UK calendar, "eng" subdivision, which is the same list as Wales.
 */
public final class WorkingDays {

	private static final HolidayManager UK = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

	private static final ConcurrentHashMap<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

	private WorkingDays() {
	}

	public static boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
	}

	public static boolean isBankHoliday(LocalDate date) {
		return bankHolidays(date.getYear()).contains(date);
	}

	/** England and Wales bank holidays of the year, as the days off actually fall (substitutes included). */
	public static Set<LocalDate> bankHolidays(int year) {
		return BY_YEAR.computeIfAbsent(year, WorkingDays::load);
	}

	private static Set<LocalDate> load(int year) {
		Set<LocalDate> days = new TreeSet<>();
		for (Holiday holiday : UK.getHolidays(Year.of(year), "eng")) {
			// A holiday falling at a weekend is observed on a substitute weekday; both dates are then not working days.
			days.add(holiday.getDate());
			days.add(holiday.getActualDate());
			holiday.getObservedDate().ifPresent(days::add);
		}
		days.removeIf(d -> d.getYear() != year);
		return Set.copyOf(days);
	}
}
