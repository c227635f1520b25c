package org.lantern.engine.plan;

import java.time.LocalDate;

/** Calendar quarters, the period a council's hosting cap is counted in. */
public final class Quarters {

	private Quarters() {
	}

	/** A number that orders quarters and differs between any two of them (year * 4 + quarter index). */
	public static int key(LocalDate date) {
		return date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
	}

	/** "2027-Q2". */
	public static String of(LocalDate date) {
		return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
	}
}
