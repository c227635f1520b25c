package org.lantern.engine.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * England and Wales bank holidays worked out from the rules of the Banking and Financial Dealings Act 1971 and the
 * royal proclamations since 1995, independently of Jollyday, so that the {@link PlanChecker} does not share the
 * planner's source of truth. A test holds the two to the same dates.
 */
final class BankHolidaysEnglandWales {

	/** One-off changes: days added by proclamation, and regular holidays moved away. */
	private static final List<LocalDate> EXTRA = List.of(LocalDate.of(1995, 5, 8), LocalDate.of(1999, 12, 31),
			LocalDate.of(2002, 6, 3), LocalDate.of(2002, 6, 4), LocalDate.of(2011, 4, 29), LocalDate.of(2012, 6, 4),
			LocalDate.of(2012, 6, 5), LocalDate.of(2020, 5, 8), LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
			LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8));

	private static final List<LocalDate> MOVED_AWAY = List.of(LocalDate.of(1995, 5, 1), LocalDate.of(2002, 5, 27),
			LocalDate.of(2012, 5, 28), LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30));

	private BankHolidaysEnglandWales() {
	}

	static Set<LocalDate> of(int year) {
		Set<LocalDate> days = new HashSet<>();
		days.add(substitute(LocalDate.of(year, 1, 1)));
		LocalDate easter = easterSunday(year);
		days.add(easter.minusDays(2));
		days.add(easter.plusDays(1));
		days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
		days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
		LocalDate christmasOff = substitute(christmas);
		LocalDate boxingOff = substitute(christmas.plusDays(1));
		if (!boxingOff.isAfter(christmasOff)) {
			boxingOff = christmasOff.plusDays(1);
		}
		days.add(christmasOff);
		days.add(boxingOff);
		MOVED_AWAY.forEach(days::remove);
		EXTRA.stream().filter(d -> d.getYear() == year).forEach(days::add);
		return days;
	}

	static boolean isBankHoliday(LocalDate date) {
		return of(date.getYear()).contains(date);
	}

	/** A holiday falling at a weekend moves to the next Monday (or Tuesday when Monday is taken, as at Christmas). */
	private static LocalDate substitute(LocalDate day) {
		return switch (day.getDayOfWeek()) {
			case SATURDAY -> day.plusDays(2);
			case SUNDAY -> day.plusDays(1);
			default -> day;
		};
	}

	/** Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
	static LocalDate easterSunday(int year) {
		int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}
}
