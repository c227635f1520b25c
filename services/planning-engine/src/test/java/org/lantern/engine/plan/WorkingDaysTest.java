package org.lantern.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

	@Test
	void knowsThe2027EnglandAndWalesBankHolidaysIncludingChristmasSubstitutes() {
		// gov.uk: Christmas Day and Boxing Day 2027 fall at the weekend, so Monday 27 and Tuesday 28 are off.
		assertThat(WorkingDays.bankHolidays(2027)).containsExactlyInAnyOrder(LocalDate.of(2027, 1, 1),
				LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 31),
				LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26),
				LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
	}

	@Test
	void treatsWeekendsAndBankHolidaysAsNonWorking() {
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 3, 27))).isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 12, 28))).isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 3, 30))).isTrue();
	}

	@Test
	void agreesWithTheCheckersIndependentRulesOnEveryWorkingDayFrom2015To2035() {
		for (LocalDate d = LocalDate.of(2015, 1, 1); d.isBefore(LocalDate.of(2036, 1, 1)); d = d.plusDays(1)) {
			boolean weekday = d.getDayOfWeek().getValue() <= 5;
			if (weekday) {
				assertThat(WorkingDays.isBankHoliday(d)).as(d.toString())
					.isEqualTo(BankHolidaysEnglandWales.isBankHoliday(d));
			}
		}
	}

	@Test
	void knowsTheOneOffHolidaysOf2022And2023() {
		assertThat(WorkingDays.isBankHoliday(LocalDate.of(2022, 9, 19))).isTrue();
		assertThat(WorkingDays.isBankHoliday(LocalDate.of(2023, 5, 8))).isTrue();
		assertThat(WorkingDays.isBankHoliday(LocalDate.of(2022, 5, 30))).isFalse();
	}
}
